package dev.minisuite.auth.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the unique e-mail and username indexes at start-up, before the service takes requests, so that
 * concurrent registrations of one address or one name cannot both succeed.
 */
@Component
class UserIndexes implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(UserIndexes.class);

    private final MongoTemplate mongo;

    UserIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        String email = mongo.indexOps(User.class)
                .createIndex(new Index("email", Sort.Direction.ASC).unique().named("email_unique"));
        String username = mongo.indexOps(User.class)
                .createIndex(new Index("username_key", Sort.Direction.ASC).unique().named("username_unique"));
        log.info("Ensured indexes {} and {} on collection users", email, username);
    }
}
