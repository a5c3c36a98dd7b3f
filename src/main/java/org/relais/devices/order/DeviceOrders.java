package org.relais.devices.order;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceRuleException;
import org.relais.devices.DeviceType;
import org.relais.devices.Financing;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.RequestSteps;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.settings.DeviceSettings;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's order once it approved a request: how many devices (one to five), which kind, the keyboard layout
 * of a laptop, accessories, financing, where to deliver; the unit price is the territory's. The order waits for
 * stock (the shipments allocate it); the request becomes ORDERED.
 */
@Service
public class DeviceOrders {

	public static final int MAX_QUANTITY = 5;

	/** The accessories a partner may ask for, in the form's order. */
	public static final List<String> ACCESSORIES = List.of("mouse", "bag", "charger", "headset", "webcam",
			"usbstick");

	private final DeviceOrderRepository orders;

	private final DeviceRequestRepository requests;

	private final RequestSteps steps;

	private final DeviceProgramme programme;

	DeviceOrders(DeviceOrderRepository orders, DeviceRequestRepository requests, RequestSteps steps,
			DeviceProgramme programme) {
		this.orders = orders;
		this.requests = requests;
		this.steps = steps;
		this.programme = programme;
	}

	/** What the partner orders. */
	public record OrderLine(Integer quantity, DeviceType type, KeyboardLayout layout, Set<String> accessories,
			Financing financing, String deliveryAddress) {
	}

	/** Checks an order before anything is written: the first problem, as a field and a message key. */
	public static void check(OrderLine line) {
		if (line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
			throw new DeviceRuleException("quantity", "devices.order.error.quantity", MAX_QUANTITY);
		}
		if (line.type() == null) {
			throw new DeviceRuleException("type", "devices.order.error.type");
		}
		if (line.type().hasKeyboard() && line.layout() == null) {
			throw new DeviceRuleException("layout", "devices.order.error.layout");
		}
		if (line.accessories() != null && !ACCESSORIES.containsAll(line.accessories())) {
			throw new DeviceRuleException("accessories", "devices.order.error.accessories");
		}
		if (line.financing() == null) {
			throw new DeviceRuleException("financing", "devices.order.error.financing");
		}
		if (line.deliveryAddress() == null || line.deliveryAddress().isBlank()) {
			throw new DeviceRuleException("deliveryAddress", "devices.order.error.address");
		}
		if (line.deliveryAddress().strip().length() > 500) {
			throw new DeviceRuleException("deliveryAddress", "devices.order.error.addressLength", 500);
		}
	}

	/**
	 * Places the order of an approved request routed to one of these organisations (any other: not found). An
	 * order larger than the stock is accepted: it waits for the next shipments.
	 */
	@Transactional
	public DeviceOrder place(UUID territoryId, Collection<UUID> organisations, UUID requestId, OrderLine line,
			UUID by) {
		check(line);
		DeviceRequest request = requests.lockByIdAndTerritoryId(requestId, territoryId)
			.filter(r -> r.getPartnerOrganisationId() != null
					&& organisations.contains(r.getPartnerOrganisationId()))
			.orElseThrow(() -> org.relais.shared.NotFoundException.of("device-request", requestId));
		if (request.getStatus() != DeviceRequestStatus.APPROVED) {
			throw new DeviceRuleException(null, "devices.order.error.notApproved");
		}
		DeviceSettings settings = programme.settings(territoryId);
		String accessories = line.accessories() == null || line.accessories().isEmpty() ? null
				: ACCESSORIES.stream().filter(line.accessories()::contains).collect(Collectors.joining(","));
		DeviceOrder order = orders.save(new DeviceOrder(territoryId, request.getId(),
				request.getPartnerOrganisationId(), line.type(), line.layout(), line.quantity(), accessories,
				line.financing(), settings.getDevicePrice(), settings.getCurrency(), line.deliveryAddress().strip(),
				by, steps.now()));
		request.moveTo(DeviceRequestStatus.ORDERED, steps.now());
		steps.record(request, by, request.getPartnerOrganisationId(), null);
		return order;
	}

	@Transactional(readOnly = true)
	public Optional<DeviceOrder> latest(UUID requestId) {
		return orders.findByRequestId(requestId)
			.stream()
			.filter(o -> o.getStatus() != DeviceOrder.Status.CANCELLED)
			.max((a, b) -> a.getOrderedAt().compareTo(b.getOrderedAt()));
	}

	/** The accessory codes of an order, in the form's order. */
	public static Set<String> accessories(DeviceOrder order) {
		Set<String> out = new LinkedHashSet<>();
		if (order.getAccessories() != null) {
			for (String a : order.getAccessories().split(",")) {
				if (!a.isBlank()) {
					out.add(a.strip());
				}
			}
		}
		return out;
	}

	/** The layout a territory's laptops usually have: Swiss German in a German-speaking Swiss territory… */
	public static KeyboardLayout defaultLayout(TerritorySummary territory) {
		if (territory == null) {
			return null;
		}
		String language = territory.defaultLanguage();
		return switch (territory.country() == null ? "" : territory.country()) {
			case "CH", "LI" -> "fr".equals(language) ? KeyboardLayout.CH_FR
					: "it".equals(language) ? KeyboardLayout.CH_IT : KeyboardLayout.CH_DE;
			case "FR", "MC", "LU" -> KeyboardLayout.FR;
			case "BE" -> KeyboardLayout.BE;
			case "IT", "SM" -> KeyboardLayout.IT;
			case "DE", "AT" -> KeyboardLayout.DE;
			case "GB", "IE" -> KeyboardLayout.UK;
			default -> null;
		};
	}

	/** The device types the form offers. */
	public static Set<DeviceType> types() {
		return EnumSet.allOf(DeviceType.class);
	}

}
