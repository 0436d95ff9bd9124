"""Writes a finished ReportLab document to its file object by object, instead of in one piece.

ReportLab's ``PDFDocument.SaveToFile`` formats every object of the document into a list of byte
strings and joins them before writing: for a 8,000-page plan that is the whole 33 MB file held
twice more in memory at the very end. This does what ``GetPDFData``/``format`` do (ReportLab 4.2
to 5.1) but hands each formatted object to the file at once. If ReportLab's internals are not
what this expects, the ordinary ``Canvas.save`` is used.
"""

from __future__ import annotations

import logging
from typing import Any, BinaryIO

log = logging.getLogger(__name__)


class _StreamingFile:
    """ReportLab's ``PDFFile`` (an accumulator that tracks offsets), writing to a file."""

    def __init__(self, out: BinaryIO, version: tuple[int, int]) -> None:
        from reportlab.pdfbase.pdfdoc import pdfdocEnc

        self._enc = pdfdocEnc
        self._out = out
        self.offset = 0
        self.add(
            pdfdocEnc("%%PDF-%s.%s" % version)  # noqa: UP031 (ReportLab's own header)
            + b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"
        )

    def add(self, chunk: Any) -> int:
        data = self._enc(chunk)
        start = self.offset
        self.offset += len(data)
        self._out.write(data)
        return start


def _supported(doc: Any) -> bool:
    needed = ("delayedFonts", "numberToId", "idToObject", "idToOffset", "Catalog", "info", "Outlines",
              "encrypt", "_pdfVersion", "signature", "invariant", "ID")
    return all(hasattr(doc, name) for name in needed) and not getattr(doc, "_digiSigs", None)


def save_streaming(canvas: Any) -> None:
    """``Canvas.save(canvas)``, writing the file object by object (see the module's docstring)."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFCrossReferenceTable, PDFIndirectObject, PDFTrailer

    doc = canvas._doc
    filename = canvas._filename
    if not isinstance(filename, str) or not _supported(doc):
        from reportlab.pdfgen.canvas import Canvas

        log.info("ReportLab internals differ: the PDF is written the ordinary way")
        Canvas.save(canvas)
        return
    if len(canvas._code):
        canvas.showPage()
    # GetPDFData: fonts, info and outline are realised first.
    for font in doc.delayedFonts:
        font.addObjects(doc)
    doc.info.invariant = doc.invariant
    doc.info.digest(doc.signature)
    doc.Reference(doc.Catalog)
    doc.Reference(doc.info)
    doc.Outlines.prepare(doc, canvas)
    if doc.Outlines.ready < 0:
        doc.Catalog.Outlines = None
    doc._savedToFile = True
    with open(filename, "wb") as out:
        # format: every object in number order (formatting may add objects as it goes).
        doc.encrypt.prepare(doc)
        catalog, info = doc.Reference(doc.Catalog), doc.Reference(doc.info)
        encryption = doc.encrypt.info()
        encryption_ref = doc.Reference(encryption) if encryption else None
        file = _StreamingFile(out, doc._pdfVersion)
        doc.__accum__ = file
        ids = []
        counter = 0
        while True:
            counter += 1
            if counter not in doc.numberToId:
                break
            oid = doc.numberToId[counter]
            formatted = PDFIndirectObject(oid, doc.idToObject[oid]).format(doc)
            if not rl_config.invariant and rl_config.pdfComments:
                file.add(f"% {oid!a}: class {type(doc.idToObject[oid]).__name__[:50]} \n")
            doc.idToOffset[oid] = file.add(formatted)
            ids.append(oid)
        del doc.__accum__
        if counter - 1 != len(doc.numberToId):
            raise ValueError(f"counter {counter} does not match the {len(doc.numberToId)} objects")
        xref = PDFCrossReferenceTable()
        xref.addsection(0, ids)
        start_xref = file.add(xref.format(doc))
        trailer = PDFTrailer(
            startxref=start_xref,
            Size=len(doc.numberToId) + 1,
            Root=catalog,
            Info=info,
            Encrypt=encryption_ref,
            ID=doc.ID(),
        )
        file.add(trailer.format(doc))
