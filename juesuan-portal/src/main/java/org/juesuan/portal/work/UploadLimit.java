package org.juesuan.portal.work;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The upload size limit (上传大小限制): a file over {@code spring.servlet.multipart.max-file-size} is refused before
 * any controller sees it, and the editor is sent back to the workspace with the limit stated; nothing is stored.
 */
@ControllerAdvice
final class UploadLimit {

    private final String limit;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") String limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("problems", List.of("文件超过上传上限（" + limit + "），未保存任何内容。"));
        return "redirect:/workspace";
    }
}
