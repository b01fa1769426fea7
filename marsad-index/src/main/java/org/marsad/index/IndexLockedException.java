package org.marsad.index;

import java.nio.file.Path;

/** Another process has this index open for writing (one writer at a time; readers are never locked out). */
public final class IndexLockedException extends RuntimeException {
    public IndexLockedException(Path dir) {
        super("index " + dir + " is being written by another process");
    }
}
