/**
 * Raw page bytes to text: {@link org.marsad.extract.charset.PageDecoder} unpacks gzip, refuses binary input, and finds
 * the charset (byte-order mark, HTTP header, meta declaration, a strict UTF-8 check, then a guess among windows-1256,
 * ISO-8859-6 and windows-1252), recording in {@link org.marsad.extract.charset.DecodedPage#how()} what decided.
 */
package org.marsad.extract.charset;
