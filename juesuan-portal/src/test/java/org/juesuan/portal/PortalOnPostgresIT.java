package org.juesuan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.PublishedListing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal on its production database (PostgreSQL): the migrations Spring chooses for the database ({vendor}),
 * the example published on first start, the site reading it back, and the database's own refusal to change it.
 */
@SpringBootTest
@Import(EmbeddedPostgresServer.class)
@AutoConfigureMockMvc
@DirtiesContext
class PortalOnPostgresIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add(
                "juesuan.examples",
                () -> Path.of("..", "examples").toAbsolutePath().normalize().toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentRepository documents;

    @Autowired
    DataSource database;

    @Test
    void publishesAndServesTheExample() throws Exception {
        PublishedListing example = documents.published().stream()
                .filter(listing -> listing.document().unitName().equals("武汉市青山区人民政府国有资产监督管理局"))
                .findFirst()
                .orElseThrow();
        String page = mvc.perform(get("/disclosures/" + example.document().id()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("一般公共服务支出").contains("265.19").contains("第1版");
        byte[] pdf = mvc.perform(get("/disclosures/" + example.document().id() + "/versions/1/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long version = documents
                .publishedVersion(example.document().id(), 1)
                .orElseThrow()
                .id();
        assertThat(DocumentRepository.sha256(pdf))
                .isEqualTo(documents.files(version).get(0).sha256());
    }

    @Test
    void theDatabaseRefusesToChangeThePublishedExample() throws SQLException {
        try (Connection connection = database.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThatThrownBy(() -> connection
                            .createStatement()
                            .executeUpdate("UPDATE versions SET validation_errors = 0 WHERE state = 'PUBLISHED'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开的版本不可修改或删除");
        }
    }
}
