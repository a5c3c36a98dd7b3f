package org.relais.platform.files;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFileRepository extends JpaRepository<StoredFileEntity, UUID> {

}
