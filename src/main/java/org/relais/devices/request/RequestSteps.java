package org.relais.devices.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.relais.desk.DeskRequestProgressed;
import org.relais.desk.DeskStatus;
import org.relais.devices.DeviceRequestStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a device request changes status: the rule check ({@link DeviceRequest#moveTo} and friends are
 * called by the caller), the recorded step, and the desk told in the same transaction.
 */
@Service
public class RequestSteps {

	private final DeviceRequestStepRepository steps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestSteps(DeviceRequestStepRepository steps, ApplicationEventPublisher events, Clock clock) {
		this.steps = steps;
		this.events = events;
		this.clock = clock;
	}

	public Instant now() {
		return clock.instant();
	}

	/**
	 * Records the request's current status as a step and tells the desk. Call it right after the entity changed.
	 * @param note free text (a justification, a reason, a tracking number) or null
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public DeviceRequestStep record(DeviceRequest request, UUID by, UUID organisationId, String note) {
		DeviceRequestStep step = steps.save(new DeviceRequestStep(request.getId(), request.getStatus(), clock.instant(),
				by, organisationId, note));
		if (request.getDeskRequestId() != null) {
			events.publishEvent(new DeskRequestProgressed(request.getDeskRequestId(), deskStatus(request.getStatus()),
					"devices.status." + request.getStatus().name(), List.of(), by));
		}
		return step;
	}

	/** How the desk sees a device request's status. */
	public static DeskStatus deskStatus(DeviceRequestStatus status) {
		return switch (status) {
			case TO_ROUTE -> DeskStatus.NEW;
			case ORDERED -> DeskStatus.WAITING;
			case HANDED_OVER -> DeskStatus.DONE;
			case CANCELLED -> DeskStatus.CANCELLED;
			default -> DeskStatus.IN_PROGRESS;
		};
	}

}
