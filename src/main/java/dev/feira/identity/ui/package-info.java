/** Identity's pages (sign-in, reset, invitation, people) and the new-password fields other modules' pages reuse. */
@org.springframework.modulith.NamedInterface("ui")
package dev.feira.identity.ui;
