package org.peacecouncil.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of public reads kept by their ETag, so that a first visit to a page nobody has changed since it was
 * last rendered costs what a conditional read costs. The ETag ({@link ConditionalReads}) already stands for everything
 * the answer shows — the record's version, the date, the reader, the URL — so an answer stored under it is the answer
 * a new rendering would give. Only anonymous answers without a session are kept (nothing personal, no CSRF token),
 * newest first, up to a bound in bytes; older versions of a page fall out as new ones are rendered.
 */
final class RenderedReads {

    /** One kept answer: its headers (name, value pairs, in order) and its body. */
    record Answer(List<Map.Entry<String, String>> headers, byte[] body) {

        int bytes() {
            return body.length + headers.stream().mapToInt(h -> h.getKey().length() + h.getValue().length()).sum();
        }
    }

    private final long capacityBytes;
    private final int largestAnswer;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    RenderedReads(long capacityBytes, int largestAnswer) {
        this.capacityBytes = capacityBytes;
        this.largestAnswer = largestAnswer;
    }

    synchronized Answer get(String etag) {
        return answers.get(etag);
    }

    synchronized void put(String etag, Answer answer) {
        if (answer.bytes() > largestAnswer || answer.bytes() > capacityBytes) {
            return;
        }
        var earlier = answers.put(etag, answer);
        bytes += answer.bytes() - (earlier == null ? 0 : earlier.bytes());
        var oldest = answers.entrySet().iterator();
        while (bytes > capacityBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().bytes();
            oldest.remove();
        }
    }

    synchronized int size() {
        return answers.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
