package org.marsad.extract;

import java.util.Objects;
import org.marsad.model.Rejection;

/**
 * Thrown inside extraction to stop at the first stage that finds the input unusable; the {@link ArticleExtractor}
 * turns it back into the {@link Rejection} value it carries, so no caller ever sees it.
 */
public final class InputRejected extends RuntimeException {
    private final transient Rejection rejection;

    public InputRejected(Rejection.Reason reason, String detail) {
        super(detail, null, false, false);
        this.rejection = new Rejection(Objects.requireNonNull(reason, "reason"), detail);
    }

    public Rejection rejection() {
        return rejection;
    }
}
