#version 300 es
// Jejak's renderer: the vertex colour times the font atlas's coverage. The
// atlas is one channel (R8): ImGui's white pixel has full coverage, so shapes
// and text share one texture and one draw call.
precision mediump float;

uniform sampler2D u_atlas;

in vec2 v_uv;
in vec4 v_color;

layout(location = 0) out vec4 o_color;

void main() {
    o_color = vec4(v_color.rgb, v_color.a * texture(u_atlas, v_uv).r);
}
