package org.marsad.index;

/** One facet value and how many matching articles have it. */
public record FacetCount(String value, int count) {}
