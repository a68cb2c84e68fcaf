package dev.minisuite.film.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.minisuite.web.WebSupportAutoConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Checks how the controller reads and validates query parameters and bodies before the service runs. Security
 * filters are left out here; the integration tests cover them.
 */
@WebMvcTest(FilmController.class)
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(WebSupportAutoConfiguration.class)
class FilmControllerWebMvcTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FilmService films;

    @BeforeEach
    void emptyResult() {
        given(films.search(any(), any())).willAnswer(call -> Page.empty(call.getArgument(1, Pageable.class)));
    }

    @Test
    void passesFiltersToService() throws Exception {
        mvc.perform(get("/api/films").param("q", "heat").param("type", "Action").param("year_from", "1990")
                .param("year_to", "2000").param("director", "Michael Mann"))
                .andExpect(status().isOk());

        ArgumentCaptor<FilmSearch> search = ArgumentCaptor.forClass(FilmSearch.class);
        verify(films).search(search.capture(), any());
        assertThat(search.getValue()).isEqualTo(new FilmSearch("heat", "Action", null, 1990, 2000, "Michael Mann"));
    }

    @Test
    void defaultOrderIsNameThenId() throws Exception {
        mvc.perform(get("/api/films")).andExpect(status().isOk());

        ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
        verify(films).search(any(), pageable.capture());
        assertThat(pageable.getValue().getSort())
                .isEqualTo(Sort.by(Sort.Order.asc("film_name"), Sort.Order.asc("_id")));
        assertThat(pageable.getValue().getPageSize()).isEqualTo(20);
    }

    @Test
    void requestedOrderEndsWithId() throws Exception {
        mvc.perform(get("/api/films").param("sort", "film_year,desc").param("page", "2").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.number").value(2))
                .andExpect(jsonPath("$.page.size").value(5));

        ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
        verify(films).search(any(), pageable.capture());
        assertThat(pageable.getValue().getSort())
                .isEqualTo(Sort.by(Sort.Order.desc("film_year"), Sort.Order.asc("_id")));
    }

    @Test
    void sizeAbove100IsRejectedBeforeSearch() throws Exception {
        mvc.perform(get("/api/films").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("100")));

        verifyNoInteractions(films);
    }

    @Test
    void malformedYearIsRejectedBeforeSearch() throws Exception {
        mvc.perform(get("/api/films").param("year", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));

        verifyNoInteractions(films);
    }

    @Test
    void unknownSortFieldIsRejectedBeforeSearch() throws Exception {
        mvc.perform(get("/api/films").param("sort", "budget,desc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));

        verifyNoInteractions(films);
    }

    @Test
    void reversedYearRangeIsRejectedBeforeSearch() throws Exception {
        mvc.perform(get("/api/films").param("year_from", "2001").param("year_to", "2000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year_from"));

        verifyNoInteractions(films);
    }

    @Test
    void unknownBodyFieldIsRejectedBeforeCreate() throws Exception {
        mvc.perform(post("/api/films").contentType(MediaType.APPLICATION_JSON)
                .content("{\"film_name\": \"Heat\", \"budget\": 60000000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("budget"));

        verifyNoInteractions(films);
    }
}
