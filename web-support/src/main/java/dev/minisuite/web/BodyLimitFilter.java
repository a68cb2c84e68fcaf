package dev.minisuite.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies above the configured size with 413.
 *
 * <p>A declared {@code Content-Length} above the limit is rejected before the body is read. A body without one is
 * counted while it is read, and the read fails with {@link BodyTooLargeException} at the first byte past the limit.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);

    private final BodyLimitProperties properties;
    private final ProblemWriter writer;

    BodyLimitFilter(BodyLimitProperties properties, ProblemWriter writer) {
        this.properties = properties;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = properties.limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            log.info("Rejected {} {}: body of {} bytes exceeds the limit of {} bytes",
                    request.getMethod(), request.getRequestURI(), declared, limit);
            writer.write(response, HttpStatus.CONTENT_TOO_LARGE, tooLargeDetail(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    static String tooLargeDetail(long limit) {
        return "The request body exceeds the maximum of " + limit + " bytes for this endpoint.";
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = delegate.read();
            if (value >= 0) {
                advance(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                advance(read);
            }
            return read;
        }

        private void advance(int bytes) throws BodyTooLargeException {
            count += bytes;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
