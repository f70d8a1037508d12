package net.wsustopology.insight;

import net.wsustopology.model.Server;

/**
 * One server in tree order: {@code depth} 0 for a root (or the head of a detached chain),
 * {@code detached} when its upstream chain never reaches a root (a loop or a dangling reference).
 */
public record TreeRow(Server server, int depth, boolean detached) {
}
