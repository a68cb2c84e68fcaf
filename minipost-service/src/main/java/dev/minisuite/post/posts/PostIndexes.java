package dev.minisuite.post.posts;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Creates, at start-up and before the service takes requests, one index for each list filter combined with the
 * default order (newest first), and one for the unfiltered list.
 */
@Component
class PostIndexes implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PostIndexes.class);

    static final List<Index> INDEXES = List.of(
            byFieldThenNewest(Post.OWNER_ID),
            byFieldThenNewest(Post.USER),
            byFieldThenNewest(Post.HASHTAGS_LOWER),
            byFieldThenNewest(Post.FILM_ID),
            new Index(Post.DATE, Sort.Direction.DESC).named("date_desc"));

    private final MongoTemplate mongo;

    PostIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        IndexOperations indexes = mongo.indexOps(Post.class);
        for (Index index : INDEXES) {
            String name = indexes.createIndex(index);
            log.info("Ensured index {} on collection posts", name);
        }
    }

    private static Index byFieldThenNewest(String field) {
        return new Index(field, Sort.Direction.ASC).on(Post.DATE, Sort.Direction.DESC).named(field + "_date_desc");
    }
}
