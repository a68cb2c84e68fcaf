package dev.minisuite.auth.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the unique e-mail index at start-up, before the service takes requests, so that concurrent
 * registrations of one address cannot both succeed.
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
        String name = mongo.indexOps(User.class)
                .createIndex(new Index("email", Sort.Direction.ASC).unique().named("email_unique"));
        log.info("Ensured index {} on collection users", name);
    }
}
