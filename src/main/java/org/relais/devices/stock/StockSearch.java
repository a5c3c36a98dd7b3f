package org.relais.devices.stock;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.Grade;
import org.relais.devices.KeyboardLayout;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stock list: devices of a territory filtered by state, type, grade, layout and a text, newest first. */
@Component
public class StockSearch {

	/** The filters; null means any. {@code text} matches the asset tag, the serial, the brand or the model. */
	public record Filter(DeviceState state, DeviceType type, Grade grade, KeyboardLayout layout, String text,
			UUID donationId) {
	}

	private static final String WHERE = " from Device d where d.territoryId = :territory"
			+ " and (:state is null or d.state = :state) and (:type is null or d.deviceType = :type)"
			+ " and (:grade is null or d.grade = :grade) and (:layout is null or d.keyboardLayout = :layout)"
			+ " and (:donation is null or d.donationId = :donation)"
			+ " and (:text is null or lower(d.assetTag) like :text or lower(d.serialNumber) like :text"
			+ " or lower(d.model) like :text or lower(d.brand) like :text)";

	private final EntityManager em;

	StockSearch(EntityManager em) {
		this.em = em;
	}

	@Transactional(readOnly = true)
	public Page<Device> find(UUID territoryId, Filter filter, Pageable page) {
		TypedQuery<Device> rows = bind(
				em.createQuery("select d" + WHERE + " order by d.receivedOn desc, d.assetTag desc", Device.class),
				territoryId, filter);
		rows.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
		long total = bind(em.createQuery("select count(d)" + WHERE, Long.class), territoryId, filter)
			.getSingleResult();
		return new PageImpl<>(rows.getResultList(), page, total);
	}

	/** How many devices of the territory are in each state (all states, zero included). */
	@Transactional(readOnly = true)
	public Map<DeviceState, Long> countsByState(UUID territoryId) {
		Map<DeviceState, Long> counts = new EnumMap<>(DeviceState.class);
		for (DeviceState s : DeviceState.values()) {
			counts.put(s, 0L);
		}
		List<Object[]> rows = em
			.createQuery("select d.state, count(d) from Device d where d.territoryId = :t group by d.state",
					Object[].class)
			.setParameter("t", territoryId)
			.getResultList();
		for (Object[] row : rows) {
			counts.put((DeviceState) row[0], (Long) row[1]);
		}
		return counts;
	}

	private static <T> TypedQuery<T> bind(TypedQuery<T> query, UUID territoryId, Filter f) {
		String text = f.text() == null || f.text().isBlank() ? null
				: "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "")
						+ "%";
		return query.setParameter("territory", territoryId)
			.setParameter("state", f.state())
			.setParameter("type", f.type())
			.setParameter("grade", f.grade())
			.setParameter("layout", f.layout())
			.setParameter("donation", f.donationId())
			.setParameter("text", text);
	}

}
