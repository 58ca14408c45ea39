package org.masswork.platform.privacy;

/**
 * How personal data looks to a caller whose role or scope does not need it in full. Masks keep
 * enough to recognise a record (a surname, the phone's prefix and last digits) and nothing more.
 */
public final class Masking {

    private static final char MASK = '*';

    private Masking() {
    }

    /** 张三丰 → 张**; a Latin name keeps its first letter. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new StringBuilder().appendCodePoint(first).append(String.valueOf(MASK).repeat(Math.max(rest, 1))).toString();
    }

    /** 13812345678 → 138****5678; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        return String.valueOf(MASK).repeat(Math.max(phone.length() - 2, 1)) + phone.substring(Math.max(phone.length() - 2, 0));
    }

    /** A resident ID number keeps its region prefix and its last digit: 110101********123X → 110101***********X. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber == null ? null : String.valueOf(MASK).repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + String.valueOf(MASK).repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 1);
    }

    /** An address keeps its first six characters (county, township, village), not the house. */
    public static String address(String address) {
        if (address == null || address.codePointCount(0, address.length()) <= 6) {
            return address;
        }
        return address.substring(0, address.offsetByCodePoints(0, 6)) + "****";
    }
}
