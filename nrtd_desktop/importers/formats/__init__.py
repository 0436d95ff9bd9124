"""One module per source format: it turns a Table's rows into SourceRecords."""
