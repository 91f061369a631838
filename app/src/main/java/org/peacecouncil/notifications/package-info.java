/**
 * Notifications: what awaits a delegation or an office, told rather than waited for. When an act is recorded or time
 * passes, the to-do items every module names ({@link org.peacecouncil.platform.AwaitingWork}) that were not there
 * before become notices: an inbox per delegation and office, e-mail through the configured SMTP server to each of its
 * accounts that gave an address (queued in the notice's own transaction, so none is lost), and read marks per account.
 * Reads nothing of other modules' tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.peacecouncil.notifications;
