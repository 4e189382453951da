package dev.feira.onboarding.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether white text reads on a brand colour (buttons and the header show it so), by WCAG 2.2's contrast ratio: at
 * least 4.5:1 for normal text (success criterion 1.4.3). For a colour that fails, the same hue darkened until it
 * passes is suggested.
 */
public final class BrandColors {

    public static final double MINIMUM = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private BrandColors() {
    }

    public static boolean wellFormed(String hex) {
        return hex != null && HEX.matcher(hex).matches();
    }

    /** The contrast ratio of white on this colour, from 1 (white) to 21 (black). */
    public static double contrastWithWhite(String hex) {
        return 1.05 / (luminance(hex) + 0.05);
    }

    /** The colour darkened step by step (same hue) until white text reads on it. */
    public static String readableVariant(String hex) {
        int r = channel(hex, 1);
        int g = channel(hex, 3);
        int b = channel(hex, 5);
        String candidate = hex.toLowerCase(Locale.ROOT);
        for (double factor = 1.0; contrastWithWhite(candidate) < MINIMUM && factor > 0; factor -= 0.02) {
            candidate = "#%02x%02x%02x".formatted((int) (r * factor), (int) (g * factor), (int) (b * factor));
        }
        return candidate;
    }

    private static double luminance(String hex) {
        return 0.2126 * linear(channel(hex, 1)) + 0.7152 * linear(channel(hex, 3)) + 0.0722 * linear(channel(hex, 5));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int channel(String hex, int at) {
        return Integer.parseInt(hex.substring(at, at + 2), 16);
    }
}
