"""The program's own workbook, between the exporter that writes it and the importer that reads it
back: its sheets and columns (``sheets``) and how a cell's text is kept safe (``cells``). A
neutral module, so that neither side imports the other (docs/design/ARCHITECTURE.md)."""
