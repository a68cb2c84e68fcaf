package dev.minisuite.post.posts;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PostRepository extends MongoRepository<Post, String> {
}
