package dev.minisuite.auth.user;


import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** bcrypt with a cost of at least 10; each step up doubles the work of every login and registration. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${minisuite.auth.bcrypt-cost:12}") int cost) {
        if (cost < 10 || cost > 31) {
            throw new IllegalArgumentException("minisuite.auth.bcrypt-cost must be between 10 and 31, but was " + cost);
        }
        return new BCryptPasswordEncoder(cost);
    }
}
