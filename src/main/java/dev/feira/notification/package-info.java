/**
 * Notification: telling people what happened — in the app at once (a bell that counts live on every
 * open page of theirs) and by e-mail in the supplier's language and colours. With no SMTP server
 * configured, an embedded one (GreenMail) keeps the mails and the dev mailbox page shows them.
 * <p>
 * API: {@link dev.feira.notification.Notifications}, {@link dev.feira.notification.Notice}. Other
 * modules' events become notices in {@code internal} listeners.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity", "ordering", "rfq"})
package dev.feira.notification;
