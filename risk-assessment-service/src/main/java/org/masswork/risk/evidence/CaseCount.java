package org.masswork.risk.evidence;

/** How many cases of one kind and category, petitions or not, in some villages (a query's row, before weighing). */
public record CaseCount(String kind, String category, boolean petition, long count) {
}
