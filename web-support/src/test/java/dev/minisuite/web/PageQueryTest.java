package dev.minisuite.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.ErrorResponseException;

class PageQueryTest {

    static final Map<String, String> SORTABLE = Map.of("film_name", "film_name", "film_year", "film_year");
    static final Sort DEFAULT = Sort.by("film_name");

    static Pageable sortBy(String... sort) {
        return PageQuery.of(0, 10, List.of(sort), SORTABLE, DEFAULT);
    }

    static String errorsOf(Runnable call) {
        try {
            call.run();
        }
        catch (ErrorResponseException ex) {
            return String.valueOf(ex.getBody().getProperties());
        }
        throw new AssertionError("expected a 400 problem");
    }

    @Test
    void defaultsToFirstPageOfTwenty() {
        Pageable pageable = PageQuery.of(null, null, null, SORTABLE, DEFAULT);

        assertThat(pageable.getPageNumber()).isZero();
        assertThat(pageable.getPageSize()).isEqualTo(20);
        assertThat(pageable.getSort()).isEqualTo(DEFAULT);
    }

    @Test
    void singleSortSplitByBinding() {
        assertThat(sortBy("film_year", "desc").getSort()).isEqualTo(Sort.by(Sort.Order.desc("film_year")));
    }

    @Test
    void repeatedSortParametersKeepTheirDirections() {
        Sort sort = sortBy("film_year,desc", "film_name,asc").getSort();

        assertThat(sort).isEqualTo(Sort.by(Sort.Order.desc("film_year"), Sort.Order.asc("film_name")));
    }

    @Test
    void secondDirectionIsRejected() {
        assertThat(errorsOf(() -> sortBy("film_name,desc,asc"))).contains("a direction must follow a field name");
    }

    @Test
    void unknownSortFieldIsRejected() {
        assertThat(errorsOf(() -> sortBy("budget"))).contains("cannot sort on 'budget'");
    }

    @Test
    void sizeAboveMaximumNamesMaximum() {
        assertThatThrownBy(() -> PageQuery.of(0, 1000, null, SORTABLE, DEFAULT))
                .isInstanceOf(ErrorResponseException.class)
                .satisfies(ex -> assertThat(((ErrorResponseException) ex).getBody().getDetail()).contains("100"));
    }

    @Test
    void offsetBeyondIntegerRangeIsRejected() {
        assertThat(errorsOf(() -> PageQuery.of(21_474_837, 100, null, SORTABLE, DEFAULT))).contains("field=page, message=is too large");
    }

    @Test
    void largestOffsetIsAccepted() {
        assertThat(PageQuery.of(21_474_836, 100, null, SORTABLE, DEFAULT).getOffset()).isEqualTo(2_147_483_600L);
    }
}
