package dev.feira.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone keeps failing to sign in as this person (wrong passwords, {@code failures} within the window that
 * began at {@code since}): the person and their organisation's admins are told, once per window.
 */
public record SignInsFailing(UUID user, int failures, Instant since) {
}
