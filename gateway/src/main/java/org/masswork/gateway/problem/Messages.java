package org.masswork.gateway.problem;

import org.masswork.platform.language.Text;

/** The titles and sentences several of the gateway's problems share. */
public final class Messages {

    public static final Text INVALID_REQUEST = Text.of("请求无效", "Invalid request");
    public static final Text NOT_FOUND = Text.of("资源不存在", "Not found");
    public static final Text METHOD_NOT_ALLOWED = Text.of("不支持该方法", "Method not allowed");
    public static final Text METHOD_NOT_TAKEN = Text.of("该路径不接受此方法", "The path does not take this method");
    public static final Text PAYLOAD_TOO_LARGE = Text.of("请求体过大", "Payload too large");
    public static final Text URI_TOO_LONG = Text.of("URI 过长", "URI too long");
    public static final Text TOO_MANY_REQUESTS = Text.of("请求过多", "Too many requests");
    public static final Text SERVICE_UNAVAILABLE = Text.of("服务暂不可用", "Service unavailable");

    private Messages() {
    }
}
