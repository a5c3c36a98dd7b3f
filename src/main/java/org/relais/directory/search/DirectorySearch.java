package org.relais.directory.search;

/** Searches the directory index (Hibernate Search: Lucene embedded, or Elasticsearch/OpenSearch). */
public interface DirectorySearch {

	SearchResult search(SearchQuery query);

}
