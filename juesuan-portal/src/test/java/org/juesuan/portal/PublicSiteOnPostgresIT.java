package org.juesuan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.PublishedListing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search and comparisons on the production database (PostgreSQL): the search table of migration V6, the substring
 * queries with their escaped wildcards, the ranking and paging SQL, and the comparison queries, over the example
 * published on first start.
 */
@SpringBootTest
@Import(EmbeddedPostgresServer.class)
@AutoConfigureMockMvc
@DirtiesContext
class PublicSiteOnPostgresIT {

    private static final String UNIT = "武汉市青山区人民政府国有资产监督管理局";

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
    JdbcClient jdbc;

    @Test
    void searchesThePublishedExample() throws Exception {
        long document = example().document().id();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_texts")
                        .query(Long.class)
                        .single())
                .as("indexed on start")
                .isEqualTo(1L);
        for (String query : List.of("厉行节约", "国有资产监督管理局 2024", "青山区", "减少1.73%", "PDF 厉行节约")) {
            List<Element> hits = hits(query);
            if (query.startsWith("PDF")) {
                assertThat(hits).as(query).isEmpty();
                continue;
            }
            assertThat(hits).as(query).hasSize(1);
            assertThat(hits.get(0).select("a.unit").attr("href")).isEqualTo("/disclosures/" + document);
        }
        assertThat(hits("减少%万元")).as("% is a character, not a wildcard").isEmpty();
    }

    @Test
    void comparesTheExample() throws Exception {
        PublishedListing example = example();
        long unit = jdbc.sql("SELECT unit_id FROM documents WHERE id = ?")
                .param(example.document().id())
                .query(Long.class)
                .single();
        org.jsoup.nodes.Document years = Jsoup.parse(page("/compare/units/" + unit));
        assertThat(years.select("table.unit-years tbody tr")
                        .first()
                        .select("td")
                        .eachText())
                .containsExactly("265.19");
        org.jsoup.nodes.Document region =
                Jsoup.parse(page("/compare/regions/" + example.document().regionId() + "/2024?sort=total&order=desc"));
        assertThat(region.select("table.region-units tbody tr th a:first-child").eachText())
                .containsExactly(UNIT);
        assertThat(region.select("table.region-units tbody td.expenditure").text())
                .isEqualTo("265.19");
    }

    private PublishedListing example() {
        return documents.published().stream()
                .filter(listing -> listing.document().unitName().equals(UNIT))
                .findFirst()
                .orElseThrow();
    }

    private List<Element> hits(String query) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/search").param("q", query)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("ol.results > li");
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
