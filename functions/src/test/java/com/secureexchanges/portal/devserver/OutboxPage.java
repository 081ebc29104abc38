package com.secureexchanges.portal.devserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.secureexchanges.portal.adapter.outbox.OutboxMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /dev/outbox} (HTML) and {@code /dev/outbox.json}: every email and SMS sent, newest first. */
final class OutboxPage {

    private OutboxPage() {
    }

    static String json(List<OutboxMessage> messages) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OutboxMessage m : messages) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("channel", m.channel());
            item.put("to", m.to());
            item.put("subject", m.subject());
            item.put("text", m.text());
            item.put("html", m.html());
            item.put("links", m.links());
            item.put("sentAt", m.sentAt().toString());
            out.add(item);
        }
        try {
            return new ObjectMapper().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox not serialisable", e);
        }
    }

    static String html(List<OutboxMessage> messages) {
        StringBuilder page = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outbox — local portal</title>
                <link rel="stylesheet" href="/assets/site.css"></head><body><main class="page">
                <h1>Outbox</h1><p>Every email and SMS the local portal sent, newest first. Nothing leaves this machine.</p>
                """);
        if (messages.isEmpty()) {
            page.append("<p>No messages yet.</p>");
        }
        for (OutboxMessage m : messages) {
            page.append("<article class=\"card outbox-message\"><h2>").append(escape(m.subject())).append("</h2>")
                    .append("<p class=\"meta\">").append(escape(m.channel())).append(" to ").append(escape(m.to()))
                    .append(" at ").append(escape(m.sentAt().toString())).append("</p><pre>")
                    .append(escape(m.text())).append("</pre>");
            for (String link : m.links()) {
                page.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(link)).append("</a></p>");
            }
            page.append("</article>");
        }
        return page.append("</main></body></html>").toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
