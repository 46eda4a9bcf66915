package com.qualitydesk.web.api;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every exception of a call to /api becomes a problem through {@link Problems#of}. One mapper would
 * do, but JAX-RS picks the mapper nearest to the exception's class, and the server brings mappers
 * of its own for some (EJB failures, Bean Validation) that answer with plain text: each of those
 * classes has its mapper here, and all of them answer alike.
 */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** Anything at all: a server fault unless a cause says otherwise. */
    @Provider
    public static class Any implements ExceptionMapper<Throwable> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(Throwable failure) {
            return Problems.response(Problems.of(failure, request), request);
        }
    }

    /** The refusals of JAX-RS itself (404, 405, 406, 415 ...). */
    @Provider
    public static class Refusals implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(WebApplicationException failure) {
            return Problems.response(Problems.of(failure, request), request);
        }
    }

    /** The service refused the caller (EJBAccessException) or failed (EJBException). */
    @Provider
    public static class Services implements ExceptionMapper<EJBException> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(EJBException failure) {
            return Problems.response(Problems.of(failure, request), request);
        }
    }

    /** Bean Validation of a parameter or a body. */
    @Provider
    public static class Validation implements ExceptionMapper<ValidationException> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ValidationException failure) {
            return Problems.response(Problems.of(failure, request), request);
        }
    }

    /** A body JAX-RS could not read or an answer it could not write. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ProcessingException failure) {
            return Problems.response(Problems.of(failure, request), request);
        }
    }

    /** The API's own problems, named so that no mapper of another runtime exception comes nearer. */
    @Provider
    public static class Own implements ExceptionMapper<ApiProblem> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ApiProblem problem) {
            return Problems.response(problem, request);
        }
    }
}
