"""The knowledge graph: RDF mapping, the Oxigraph-backed store, queries,
analytics and exports."""
