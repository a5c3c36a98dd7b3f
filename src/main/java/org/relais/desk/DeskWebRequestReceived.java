package org.relais.desk;

import java.util.UUID;

/**
 * A caller sent a request through the territory's public web form: the notification module confirms it by mail
 * when they left an address (it reads what it needs through {@link DeskNotices}).
 */
public record DeskWebRequestReceived(UUID deskRequestId, UUID territoryId) {
}
