package org.marsad.model;

/** What analyzing one input gives: the clean {@link Article}, or a {@link Rejection} saying why there is none. */
public sealed interface Analysis permits Article, Rejection {}
