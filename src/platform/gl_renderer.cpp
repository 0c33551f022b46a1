// Jejak's WebGL2 renderer (see gl_renderer.h).
#include "platform/gl_renderer.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cstddef>
#include <cstring>

extern const unsigned char jejak_embedded_shader_vert[];
extern const unsigned char jejak_embedded_shader_frag[];

namespace jejak::platform {
namespace {

GLuint compile(GLenum kind, const char* source, std::string& log) {
    GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return shader;
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::string text(static_cast<size_t>(std::max(length, 1)), '\0');
    glGetShaderInfoLog(shader, length, nullptr, text.data());
    log += (kind == GL_VERTEX_SHADER ? "imgui.vert: " : "imgui.frag: ") + std::string(text.c_str());
    if (log.back() != '\n') log += '\n';
    glDeleteShader(shader);
    return 0;
}

GLuint textureOf(ImTextureID id) { return static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(id)); }

}  // namespace

bool GlRenderer::init(std::string& log) {
    GLuint vert = compile(GL_VERTEX_SHADER, reinterpret_cast<const char*>(jejak_embedded_shader_vert), log);
    GLuint frag = compile(GL_FRAGMENT_SHADER, reinterpret_cast<const char*>(jejak_embedded_shader_frag), log);
    if (!vert || !frag) {
        if (vert) glDeleteShader(vert);
        if (frag) glDeleteShader(frag);
        return false;
    }
    program_ = glCreateProgram();
    glAttachShader(program_, vert);
    glAttachShader(program_, frag);
    glLinkProgram(program_);
    glDeleteShader(vert);
    glDeleteShader(frag);
    GLint linked = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &linked);
    if (!linked) {
        GLint length = 0;
        glGetProgramiv(program_, GL_INFO_LOG_LENGTH, &length);
        std::string text(static_cast<size_t>(std::max(length, 1)), '\0');
        glGetProgramInfoLog(program_, length, nullptr, text.data());
        log += "link: " + std::string(text.c_str());
        glDeleteProgram(program_);
        program_ = 0;
        return false;
    }
    scaleLoc_ = glGetUniformLocation(program_, "u_scale");
    offsetLoc_ = glGetUniformLocation(program_, "u_offset");
    atlasLoc_ = glGetUniformLocation(program_, "u_atlas");
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);  // kept by the vertex array
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    setVertexOffset(0);
    glBindVertexArray(0);
    GLint renderbuffer = 0, viewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    // Tiles stay well below the limits: a 4096 x 4096 target is already 64 MB of GPU memory.
    maxTarget_ = std::clamp(std::min({renderbuffer, viewport[0], viewport[1]}), 256, 4096);
    ImGui::GetIO().BackendRendererName = "jejak_webgl2";
    // Draw lists over 65,536 vertices (a whole map drawn for export) keep 16-bit
    // indices: each command says where its vertices start (setVertexOffset).
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    return true;
}

// WebGL2 has no base vertex for indexed draws: the attributes start at the command's first vertex instead.
void GlRenderer::setVertexOffset(unsigned vertex) {
    const auto at = [vertex](std::size_t field) {
        return reinterpret_cast<const void*>(static_cast<std::uintptr_t>(vertex * sizeof(ImDrawVert) + field));
    };
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, col)));
}

void GlRenderer::uploadAtlas(ImFontAtlas& atlas) {
    freeAtlas(atlas);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)));
    // The GPU has the pixels; the atlas keeps its glyph tables, not a second copy.
    atlas.ClearTexData();
}

void GlRenderer::freeAtlas(ImFontAtlas& atlas) {
    GLuint texture = textureOf(atlas.TexID);
    if (texture) glDeleteTextures(1, &texture);
    atlas.SetTexID(nullptr);
}

void GlRenderer::draw(const ImDrawList* const* lists, int count, int targetW, int targetH, ImVec2 origin,
                      float scale, bool flipY, bool upload) {
    glViewport(0, 0, targetW, targetH);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    // ImGui's colours are not premultiplied; the target's alpha adds up like paint.
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(program_);
    glUniform1i(atlasLoc_, 0);
    glActiveTexture(GL_TEXTURE0);
    // Draw-list point p lands on target pixel (p - origin) * scale.
    const float sx = 2.0f * scale / static_cast<float>(targetW);
    const float sy = (flipY ? 2.0f : -2.0f) * scale / static_cast<float>(targetH);
    glUniform2f(scaleLoc_, sx, sy);
    glUniform2f(offsetLoc_, -1.0f - origin.x * sx, (flipY ? -1.0f : 1.0f) - origin.y * sy);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    GLuint bound = 0;
    for (int n = 0; n < count; ++n) {
        const ImDrawList& list = *lists[n];
        if (upload || count > 1) {  // several lists share the buffers: each is uploaded when drawn
            glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * sizeof(ImDrawVert),
                         list.VtxBuffer.Data, GL_STREAM_DRAW);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * sizeof(ImDrawIdx),
                         list.IdxBuffer.Data, GL_STREAM_DRAW);
        }
        unsigned vertexOffset = 0;
        setVertexOffset(0);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
                continue;
            }
            // The clip rectangle in target pixels, cut to the target.
            float x0 = std::max((cmd.ClipRect.x - origin.x) * scale, 0.0f);
            float y0 = std::max((cmd.ClipRect.y - origin.y) * scale, 0.0f);
            float x1 = std::min((cmd.ClipRect.z - origin.x) * scale, static_cast<float>(targetW));
            float y1 = std::min((cmd.ClipRect.w - origin.y) * scale, static_cast<float>(targetH));
            if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
            const int left = static_cast<int>(x0), top = static_cast<int>(y0);
            const int width = static_cast<int>(x1 + 0.999f) - left, height = static_cast<int>(y1 + 0.999f) - top;
            glScissor(left, flipY ? top : targetH - top - height, width, height);
            GLuint texture = textureOf(cmd.GetTexID());
            if (texture != bound) {
                glBindTexture(GL_TEXTURE_2D, texture);
                bound = texture;
            }
            if (cmd.VtxOffset != vertexOffset) {
                vertexOffset = cmd.VtxOffset;
                setVertexOffset(vertexOffset);
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(static_cast<std::uintptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
}

void GlRenderer::renderFrame(const ImDrawData& data, int fbWidth, int fbHeight) {
    if (fbWidth <= 0 || fbHeight <= 0) return;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbWidth, fbHeight);
    glClearColor(0.969f, 0.961f, 0.945f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    draw(data.CmdLists, data.CmdListsCount, fbWidth, fbHeight, data.DisplayPos, data.FramebufferScale.x, false, true);
}

std::vector<std::uint8_t> GlRenderer::renderTiles(const std::vector<const ImDrawList*>& lists, int width,
                                                  int height, float scale, ImU32 background, int tileSize) {
    std::vector<std::uint8_t> image;
    if (width <= 0 || height <= 0) return image;
    const int tile = std::clamp(tileSize > 0 ? tileSize : maxTarget_, 16, maxTarget_);
    const int tileW = std::min(tile, width), tileH = std::min(tile, height);
    GLuint framebuffer = 0, colour = 0;
    glGenFramebuffers(1, &framebuffer);
    glGenRenderbuffers(1, &colour);
    glBindRenderbuffer(GL_RENDERBUFFER, colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, tileW, tileH);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
    const bool ready = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    if (ready) {
        image.resize(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
        std::vector<std::uint8_t> pixels(static_cast<size_t>(tileW) * static_cast<size_t>(tileH) * 4);
        const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(background);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        bool first = true;  // one list drawn in many tiles is uploaded once: its buffers stay bound
        for (int top = 0; top < height; top += tileH) {
            for (int left = 0; left < width; left += tileW) {
                glDisable(GL_SCISSOR_TEST);
                glViewport(0, 0, tileW, tileH);
                glClearColor(bg.x, bg.y, bg.z, bg.w);
                glClear(GL_COLOR_BUFFER_BIT);
                draw(lists.data(), static_cast<int>(lists.size()), tileW, tileH,
                     ImVec2(static_cast<float>(left) / scale, static_cast<float>(top) / scale), scale, true, first);
                first = false;
                const int w = std::min(tileW, width - left), h = std::min(tileH, height - top);
                glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
                for (int row = 0; row < h; ++row)
                    std::memcpy(&image[(static_cast<size_t>(top + row) * static_cast<size_t>(width) +
                                        static_cast<size_t>(left)) * 4],
                                &pixels[static_cast<size_t>(row) * static_cast<size_t>(w) * 4],
                                static_cast<size_t>(w) * 4);
            }
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteRenderbuffers(1, &colour);
    glDeleteFramebuffers(1, &framebuffer);
    return image;
}

}  // namespace jejak::platform
