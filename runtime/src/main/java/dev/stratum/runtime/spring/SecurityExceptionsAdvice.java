package dev.stratum.runtime.spring;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Lets Spring Security's exceptions, such as a denied {@code @PreAuthorize} in a hook, leave Spring MVC so Spring
 * Security answers them with 401 or 403; {@link ProblemDetailsAdvice} would otherwise report them as a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityExceptionsAdvice {

    /** Rethrowing from a handler tells Spring MVC the exception is not resolved here. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    public void passToSpringSecurity(RuntimeException e) {
        throw e;
    }
}
