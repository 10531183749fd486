package dev.dockerfile.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SPDX id of a licence as POMs name it ("The Apache Software License, Version 2.0", "MIT
 * License", "Eclipse Public License - v 2.0"), or its URL. A name that matches no rule has no id:
 * the label leaves it out rather than publish a wrong one.
 */
final class SpdxLicenses {
    private record Rule(Pattern pattern, String id) {
    }

    /** Tried in order on the lower-cased name; the more specific first (LGPL before GPL, BSD-3 before BSD). */
    private static final List<Rule> RULES = List.of(
            rule("^(apache-2\\.0|asl ?2(\\.0)?)$|apache.*(2\\.0|\\b2\\b)|apache\\.org/licenses/license-2\\.0", "Apache-2.0"),
            rule("^mit$|\\bmit\\b.*licen[cs]e|^the mit licen[cs]e$|opensource\\.org/licenses/mit", "MIT"),
            rule("bsd.*(3|three)[- ]clause|new bsd|revised bsd|modified bsd|^bsd-3-clause$|opensource\\.org/licenses/bsd-3-clause", "BSD-3-Clause"),
            rule("bsd.*(2|two)[- ]clause|simplified bsd|freebsd|^bsd-2-clause$|opensource\\.org/licenses/bsd-2-clause", "BSD-2-Clause"),
            rule("eclipse public licen[cs]e.*(2\\.0|\\bv ?2\\b)|^epl-2\\.0$|eclipse\\.org/legal/epl-2\\.0|epl-?v?2", "EPL-2.0"),
            rule("eclipse public licen[cs]e.*(1\\.0|\\bv ?1\\b)|^epl-1\\.0$|eclipse\\.org/legal/epl-v10", "EPL-1.0"),
            rule("mozilla public licen[cs]e.*2\\.0|^mpl-2\\.0$|mozilla\\.org/mpl/2\\.0", "MPL-2.0"),
            rule("(lesser|library) general public licen[cs]e.*(2\\.1|v2\\.1)|^lgpl-?2\\.1|lgpl.*2\\.1", "LGPL-2.1"),
            rule("(lesser|library) general public licen[cs]e.*(\\b3\\b|3\\.0)|^lgpl-?3|lgpl.*\\b3", "LGPL-3.0"),
            rule("general public licen[cs]e.*(\\b2\\b|2\\.0).*classpath|gpl.*2.*classpath", "GPL-2.0-only WITH Classpath-exception-2.0"),
            rule("general public licen[cs]e.*(\\b3\\b|3\\.0)|^gpl-?3|gplv3", "GPL-3.0"),
            rule("general public licen[cs]e.*(\\b2\\b|2\\.0)|^gpl-?2|gplv2", "GPL-2.0"),
            rule("^cc0|creative commons zero|publicdomain/zero", "CC0-1.0"),
            rule("^the unlicen[cs]e$|^unlicen[cs]e$|unlicense\\.org", "Unlicense"),
            rule("^isc( licen[cs]e)?$", "ISC"));

    private SpdxLicenses() {
    }

    private static Rule rule(String regex, String id) {
        return new Rule(Pattern.compile(regex), id);
    }

    static Optional<String> id(String name) {
        String text = name.toLowerCase(Locale.ROOT).strip();
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(text).find()) {
                return Optional.of(versioned(rule.id, text));
            }
        }
        return Optional.empty();
    }

    /** GPL and LGPL ids say whether later versions are allowed; the name tells, else it is "only". */
    private static String versioned(String id, String text) {
        if (!id.startsWith("GPL-") && !id.startsWith("LGPL-") || id.contains(" WITH ")) {
            return id;
        }
        boolean later = text.contains("or later") || text.contains("or-later") || text.contains("+")
                || text.contains("or (at your option) any later");
        return id + (later ? "-or-later" : "-only");
    }
}
