package org.relais.referral.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relais.referral.UnmetNeedCount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnmetNeedRepository extends JpaRepository<UnmetNeed, UUID> {

	/** Counts by need and area over a period (both days included), most asked first. */
	@Query("select new org.relais.referral.UnmetNeedCount(u.needCode, u.areaCode, count(u)) from UnmetNeed u"
			+ " where u.territoryId = :territory and u.recordedOn between :from and :to"
			+ " group by u.needCode, u.areaCode order by count(u) desc, u.needCode, u.areaCode")
	List<UnmetNeedCount> countByNeedAndArea(UUID territory, LocalDate from, LocalDate to);

}
