/**
 * The HTTP API and the web UI: {@link org.marsad.serve.MarsadServer} serves a {@link org.marsad.serve.NewsStore}
 * through the JDK's own HTTP server (no dependency, a bounded thread pool), the JSON API under {@code /api/} and the
 * Arabic right-to-left UI from a fixed list of bundled assets. Every response carries a strict
 * Content-Security-Policy; the UI writes data with {@code textContent} only.
 */
package org.marsad.serve;
