"""The suggestion models: train the shipped ones, compare approaches, measure (issue 23).

``python -m tests.bench.suggest_bench --workdir DIR [--compare] [--write-models]``

1. imports the 41,066 UPR Info recommendations with the real importer into ``DIR/upr.sqlite``
   (once; their issues become themes, as for a committee);
2. builds each vocabulary's data: themes as imported; affected groups and SDG targets from
   ``analysis/weak_labels.py`` (no UN file with those labels is at hand: see that module);
3. trains and evaluates each model split by UPR session (``label_training.split``: sessions 5, 10,
   15, 20 held out for the test, 3, 8, 13, 18 for calibration) -- ``--compare`` also runs the
   approaches the recipe was chosen against on the same split;
4. checks the models against the demo's 61 hand-labelled recommendations (groups, SDG targets);
5. times suggesting for every record of the register with the shipped models, and the files' sizes;
6. with ``--write-models``, writes the models into the program (``analysis/models``).

Prints one JSON object (``NRTD_BENCH {...}`` for the bench runner).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from nrtd_desktop.atomic import atomic_write_bytes, atomic_write_text

VOCABULARY_NAMES = {"themes": "themes (UPR Info issues)", "groups": "affected groups", "sdg": "SDG targets"}
TRAINED_ON = {
    "themes": "UPR Info: 41,066 recommendations of sessions 1-20 with their issues, as imported",
    "groups": "UPR Info texts; groups from the issues that name one and from phrases "
    "(analysis/weak_labels.py)",
    "sdg": "UPR Info texts; SDG targets from phrases, target by target (analysis/weak_labels.py)",
}


def _services(db: Path) -> Any:
    from nrtd_desktop.app import open_services

    return open_services(db, create=True, auto_backup=False, copied_site="keep")


def upr_database(workdir: Path) -> Path:
    """The UPR Info register, imported once."""
    db = workdir / "upr.sqlite"
    if db.exists():
        return db
    from tests.shared_data import upr_info_dir

    services = _services(db)
    try:
        from nrtd_desktop.services.imports import ImportRequest

        services.imports.run(ImportRequest(tuple(sorted(upr_info_dir().glob("*.csv")))))
    finally:
        services.close()
    return db


def datasets(db: Path) -> dict[str, Any]:
    from nrtd_desktop.analysis.label_training import Dataset
    from nrtd_desktop.analysis.weak_labels import weak_labels

    services = _services(db)
    try:
        themes = services.suggestions.training_data("themes")
    finally:
        services.close()
    result = {"themes": themes}
    for vocabulary in ("groups", "sdg"):
        labels = [frozenset(found) for found in weak_labels(vocabulary, themes.stems, themes.labels)]
        result[vocabulary] = Dataset(themes.stems, labels, themes.groups)
    return result


def compare(data: Any) -> dict[str, Any]:
    """The three approaches on one split: logistic regression, linear SVM + Platt, label transfer."""
    from nrtd_desktop.analysis import label_training as lt

    train, calibration, test = (data.take(mask) for mask in lt.split(data.groups))
    figures: dict[str, Any] = {}
    started = time.perf_counter()
    model = lt.fit(train, calibration, "x", "")
    figures["svm_platt"] = {**lt.evaluate(model, test), "fit_s": round(time.perf_counter() - started, 1)}
    names = model.labels
    truth_calib, truth_test = lt._matrix(calibration.labels, names), lt._matrix(test.labels, names)
    started = time.perf_counter()
    calib, tested = lt.logistic_probabilities(train, calibration, test, names)
    threshold = lt.choose_threshold(calib, truth_calib)
    figures["logistic"] = {
        **lt.measure(tested, truth_test, threshold),
        "threshold": threshold,
        "fit_s": round(time.perf_counter() - started, 1),
    }
    for prior in (0.0, 0.5):
        started = time.perf_counter()
        calib = lt.neighbour_probabilities(train, calibration, names, 10, prior)
        threshold = lt.choose_threshold(calib, truth_calib)
        tested = lt.neighbour_probabilities(train, test, names, 10, prior)
        figures[f"neighbours_prior_{prior}"] = {
            **lt.measure(tested, truth_test, threshold),
            "threshold": threshold,
            "fit_s": round(time.perf_counter() - started, 1),
        }
    return figures


def demo_check(models: dict[str, Any], workdir: Path) -> dict[str, Any]:
    """The models against the demo's hand-labelled recommendations (English texts)."""
    from nrtd_desktop.analysis.label_training import Dataset, evaluate
    from nrtd_desktop.demo.loader import demo_data
    from nrtd_desktop.domain.stemming import stem_text
    from nrtd_desktop.reference.catalog import get_catalog

    catalog = get_catalog()
    records = demo_data()["recommendations"]
    stems = [stem_text(r["text_en"]) for r in records]
    groups = [
        frozenset(g.key for g in map(catalog.match_affected_group, r["affected_groups"]) if g)
        for r in records
    ]
    sdgs = [frozenset(r["sdg_targets"]) for r in records]
    result = {}
    for vocabulary, labels in (("groups", groups), ("sdg", sdgs)):
        data = Dataset(stems, labels, ["demo"] * len(records))
        result[vocabulary] = evaluate(models[vocabulary], data)
        # "General" (everyone) is a group no model suggests: the figures without it too
        if vocabulary == "groups":
            trimmed = Dataset(stems, [frozenset(found - {"general"}) for found in labels], data.groups)
            result["groups_without_general"] = evaluate(models[vocabulary], trimmed)
    return result


def speed(db: Path, runs: int = 3) -> dict[str, Any]:
    """Suggesting for every record of the register (a fresh service each run: loading included)."""
    from nrtd_desktop.services.suggestions import SuggestionService

    timings, loads, count, records = [], [], 0, 0
    services = _services(db)
    try:
        records = len(services.recommendations.ids())
        for _ in range(runs):
            fresh = SuggestionService(services.context)
            started = time.perf_counter()
            for vocabulary in ("themes", "groups", "sdg"):
                fresh.model(vocabulary)
            loads.append(time.perf_counter() - started)
            found = fresh.suggest()
            timings.append(time.perf_counter() - started)
            count = len(found)
    finally:
        services.close()
    timings.sort()
    loads.sort()
    return {
        "records": records,
        "suggestions": count,
        "suggest_all_s": round(timings[len(timings) // 2], 2),
        "model_load_s": round(loads[len(loads) // 2], 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--compare", action="store_true", help="also run the approaches compared")
    parser.add_argument("--write-models", action="store_true", help="write the models into the program")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("NRTD_DATA_DIR", str(workdir / "data"))
    os.environ.setdefault("NRTD_CONFIG_DIR", str(workdir / "config"))
    from nrtd_desktop.analysis.label_model import LabelModel, shipped_path
    from nrtd_desktop.analysis.label_training import train_and_evaluate

    db = upr_database(workdir)
    data = datasets(db)
    result: dict[str, Any] = {"vocabularies": {}}
    models = {}
    for vocabulary, dataset in data.items():
        started = time.perf_counter()
        model = train_and_evaluate(dataset, vocabulary, TRAINED_ON[vocabulary])
        seconds = round(time.perf_counter() - started, 1)
        path = workdir / "models" / f"{vocabulary}.nrtdmodel"
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, model.to_bytes())
        models[vocabulary] = LabelModel.load(path)  # the figures below are of the file as shipped
        entry = {
            "name": VOCABULARY_NAMES[vocabulary],
            "trained_on": model.trained_on,
            "labels": len(model.labels),
            "threshold": model.threshold,
            "train_and_evaluate_s": seconds,
            "file_mib": round(path.stat().st_size / 2**20, 2),
            **model.figures,
        }
        if args.compare:
            entry["compared"] = compare(dataset)
        result["vocabularies"][vocabulary] = entry
        if args.write_models:
            target = shipped_path(vocabulary)
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, path.read_bytes())
        print(f"{vocabulary}: {json.dumps(entry)}", file=sys.stderr)
    result["demo"] = demo_check(models, workdir)
    result["model_files_mib"] = round(sum(e["file_mib"] for e in result["vocabularies"].values()), 2)
    result["speed"] = speed(db, args.runs)  # of the models the program ships (written above if asked)
    atomic_write_text(workdir / "suggest_results.json", json.dumps(result, indent=1))
    print("NRTD_BENCH " + json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
