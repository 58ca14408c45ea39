package org.masswork.platform.idempotency;

/**
 * Whether {@link IdempotentCreates#once} may take a key without reading its record, for the create running on this
 * thread (a create runs on one worker thread from its start to its commit). Unread only inside a
 * {@link ReplayedOnConflict} create's first run: anywhere else nothing would run it again on a conflict.
 */
final class KeyReading {

    private enum State { UNREAD_ALLOWED, TAKEN_UNREAD, READ_FIRST }

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

    private KeyReading() {
    }

    static boolean armed() {
        return CURRENT.get() != null;
    }

    static void arm() {
        CURRENT.set(State.UNREAD_ALLOWED);
    }

    static void disarm() {
        CURRENT.remove();
    }

    /** Whether once() may skip the read now; if so, it is noted that the key was taken unread. */
    static boolean takeUnread() {
        State state = CURRENT.get();
        if (state == null || state == State.READ_FIRST) {
            return false;
        }
        CURRENT.set(State.TAKEN_UNREAD);
        return true;
    }

    static boolean takenUnread() {
        return CURRENT.get() == State.TAKEN_UNREAD;
    }

    static void readFirst() {
        CURRENT.set(State.READ_FIRST);
    }
}
