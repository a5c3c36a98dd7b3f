package org.relais.directory.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and facet counts: for each facet ({@code needCategory}, {@code need}, {@code public},
 * {@code fees}, {@code reception}, {@code language}, {@code accessibility}, {@code saturation}) the count of hits
 * per value, over the whole result, not only this page.
 */
public record SearchResult(List<SearchHit> hits, long total, int page, int size, Map<String, Map<String, Long>> facets) {

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}

}
