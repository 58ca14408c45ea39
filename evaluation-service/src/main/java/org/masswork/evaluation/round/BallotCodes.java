package org.masswork.evaluation.round;

import java.security.SecureRandom;

/** Ballot codes: 12 characters of an alphabet without look-alikes (60 random bits), printed on the ballot. */
public final class BallotCodes {

    public static final String PATTERN = "^[A-HJ-NP-Z2-9]{12}$";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private BallotCodes() {
    }

    /** One draw from the secure generator per code, five bits a character: a county round draws about 14,000. */
    public static String next() {
        long bits = RANDOM.nextLong();
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[(int) (bits >>> (5 * i)) & 31];
        }
        return new String(code);
    }
}
