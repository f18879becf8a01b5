package dev.stratum.runtime.validation;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * The default {@code @Email} check: a local part and a domain part split at the last {@code @}, each with its own
 * character rules and length limit. It accepts exactly what the reference implementation accepts, quirks included,
 * so the choice of validator never changes which requests get through.
 */
final class EmailAddress {

    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final int MAX_DOMAIN_LENGTH = 255;

    /** RFC 5322 {@code atext}, plus every non-ASCII character of the basic multilingual plane. */
    private static final String ATOM_CHAR = "[a-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]";
    /** Inside quotes the specials and space are allowed too; a backslash may only escape a backslash or a quote. */
    private static final String QUOTED_CHAR =
            "(?:[a-z0-9!#$%&'*.(),<>\\[\\]:; @+/=?^_`{|}~\u0080-\uFFFF-]|\\\\\\\\|\\\\\")";
    private static final String WORD = "(?:" + ATOM_CHAR + "+|\"" + QUOTED_CHAR + "+\")";
    private static final Pattern LOCAL_PART = Pattern.compile(WORD + "(?:\\." + WORD + ")*", Pattern.CASE_INSENSITIVE);

    /** Unlike {@code atext}, a label has no dot or dash of its own; dashes may only join two runs of these. */
    private static final String LABEL_CHAR = "[a-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF]";
    private static final String LABEL = LABEL_CHAR + "+(?:-+" + LABEL_CHAR + "+)*";
    private static final Pattern HOST_NAME = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*", Pattern.CASE_INSENSITIVE);

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\[[0-9]{1,3}(?:\\.[0-9]{1,3}){3}\\]");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[IPv6:([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);

    private static final int IPV6_GROUPS = 8;
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-f]{1,4}", Pattern.CASE_INSENSITIVE);
    private static final String OCTET = "(?:25[0-5]|(?:2[0-4]|1?[0-9])?[0-9])";
    private static final String DOTTED_QUAD = OCTET + "(?:\\." + OCTET + "){3}";
    /** The forms that end in an IPv4 address which the reference implementation accepts: mapped and compressed. */
    private static final Pattern IPV6_WITH_IPV4 = Pattern.compile(
            "(?:::(?:ffff(?::0{1,4})?:)?|(?:[0-9a-f]{1,4}:){1,4}:)" + DOTTED_QUAD, Pattern.CASE_INSENSITIVE);
    /** A link-local address with a zone, which the reference implementation accepts in this loose form. */
    private static final Pattern IPV6_LINK_LOCAL = Pattern.compile(
            "fe80:(?::[0-9a-f]{0,4}){0,4}%[0-9a-z]+", Pattern.CASE_INSENSITIVE);

    private EmailAddress() {
    }

    static boolean isWellFormed(String address) {
        if (address.isEmpty()) {
            return true;
        }
        int at = address.lastIndexOf('@');
        return at >= 0 && isLocalPart(address.substring(0, at)) && isDomain(address.substring(at + 1));
    }

    private static boolean isLocalPart(String localPart) {
        return localPart.length() <= MAX_LOCAL_PART_LENGTH && LOCAL_PART.matcher(localPart).matches();
    }

    private static boolean isDomain(String domain) {
        // IDN.toASCII silently drops a trailing dot, so it must be refused before the conversion.
        if (domain.endsWith(".") || !(HOST_NAME.matcher(domain).matches() || isAddressLiteral(domain))) {
            return false;
        }
        try {
            return IDN.toASCII(domain).length() <= MAX_DOMAIN_LENGTH;
        } catch (IllegalArgumentException notConvertible) {
            return false;
        }
    }

    private static boolean isAddressLiteral(String domain) {
        if (IPV4_LITERAL.matcher(domain).matches()) {
            return true;
        }
        var ipv6 = IPV6_LITERAL.matcher(domain);
        return ipv6.matches() && isIpv6(ipv6.group(1));
    }

    private static boolean isIpv6(String address) {
        if (address.indexOf('%') >= 0) {
            return IPV6_LINK_LOCAL.matcher(address).matches();
        }
        if (address.indexOf('.') >= 0) {
            return IPV6_WITH_IPV4.matcher(address).matches();
        }
        int gap = address.indexOf("::");
        if (gap < 0) {
            return groupCount(address) == IPV6_GROUPS;
        }
        int before = groupCount(address.substring(0, gap));
        int after = groupCount(address.substring(gap + 2));
        // "::" stands for at least one group of zeros.
        return before >= 0 && after >= 0 && before + after < IPV6_GROUPS;
    }

    /** The number of colon-separated hexadecimal groups; 0 for the empty string, -1 if any group is malformed. */
    private static int groupCount(String groups) {
        if (groups.isEmpty()) {
            return 0;
        }
        String[] parts = groups.split(":", -1);
        for (String part : parts) {
            if (!HEX_GROUP.matcher(part).matches()) {
                return -1;
            }
        }
        return parts.length;
    }
}
