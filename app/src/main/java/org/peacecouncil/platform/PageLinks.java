package org.peacecouncil.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Page links are written as they are. Spring Boot adds a filter that rewrites every link of a page through the
 * static-resource chain because the webjars locator is on the class path; no link here is versioned, yet every
 * link of every page was looked up as a class-path resource under a lock on the application jar, which held page
 * views to a few dozen a second. The webjars are still served version-free by the resource chain itself.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
