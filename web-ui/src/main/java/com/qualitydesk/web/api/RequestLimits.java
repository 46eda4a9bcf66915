package com.qualitydesk.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How much and what a request body may be. A body larger than {@link #MAX_BODY_MB} MB is refused
 * with 413, by its Content-Length before anything is read, or as soon as a body sent without one
 * passes the limit. A body that cannot be read as what the operation takes (JSON that is not JSON,
 * a broken form post) is a 400, never the 500 of an exception escaping the reader.
 */
@Provider
@PreMatching
public class RequestLimits implements ContainerRequestFilter, ReaderInterceptor {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class.getName());

    /**
     * The largest body of any operation: the website's feedback with the largest attachment a
     * setting may allow (see {@link PublicFeedbackResource#MAX_FILE_BYTES}), base64-encoded.
     */
    static final int MAX_BODY_MB = 30;

    static final long MAX_BODY_BYTES = MAX_BODY_MB * 1024L * 1024L;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > MAX_BODY_BYTES) {
                    throw Problems.tooLarge();
                }
            } catch (NumberFormatException unreadable) {
                throw new ApiProblem(400, "api.badRequest");
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream()));
        try {
            return context.proceed();
        } catch (IOException | ProcessingException | JsonException | JsonbException unreadable) {
            for (Throwable t = unreadable; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ApiProblem problem) {
                    throw problem;
                }
                if (t instanceof NoContentException) {
                    throw new ApiProblem(400, "api.body.empty");
                }
            }
            // JSON that is not JSON, a body cut short: what the caller sent, not a fault here
            LOG.log(Level.FINE, "Unreadable request body", unreadable);
            throw new ApiProblem(400, "api.body.malformed");
        }
    }

    /** The body, refused as soon as it is longer than the limit. */
    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw Problems.tooLarge();
            }
        }
    }
}
