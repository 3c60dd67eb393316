package org.gongkai.search;

/**
 * One term (or filter value) of a shard: its key, the fingerprint of what its entry is made from,
 * and the entry as JSON (null when an incremental export has not made it yet).
 */
record ShardEntry(String key, long fingerprint, String json) {}
