<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>EditSite</name>
    <message>
        <location filename="../../ui/commands/EditSite.cpp" line="28"/>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
</context>
<context>
    <name>GpuCommands</name>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="40"/>
        <source>There is no organisation &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; 기관이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="42"/>
        <source>Drop the GPUs on a site.</source>
        <translation>GPU를 부지 위에 놓으십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="44"/>
        <source>Choose a GPU model.</source>
        <translation>GPU 모델을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="46"/>
        <source>The number of GPUs must be positive.</source>
        <translation>GPU 수는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="48"/>
        <source>The GPUs are already at this site.</source>
        <translation>GPU가 이미 이 부지에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="50"/>
        <source>%1 has only %2 GPUs left in its pool; %3 would exceed its quota.</source>
        <translation>%1의 미배치 물량은 GPU %2개뿐이므로 %3개를 배치하면 할당량을 초과합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="53"/>
        <source>%1 has only %2 GPUs at this site, not %3.</source>
        <translation>이 부지에 있는 %1 GPU는 %3개가 아니라 %2개뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="64"/>
        <source>Place %1 %2 GPUs at %3</source>
        <translation>%3에 %2 GPU %1개 배치</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="74"/>
        <source>Return %1 %2 GPUs from %3 to the pool</source>
        <translation>%3의 %2 GPU %1개를 미배치 물량으로 반환</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="86"/>
        <source>Move %1 %2 GPUs from %3 to %4</source>
        <translation>%2 GPU %1개 이동: %3 → %4</translation>
    </message>
    <message>
        <location filename="../../ui/commands/GpuCommands.cpp" line="99"/>
        <source>Equip %1 with %2</source>
        <translation>%1 GPU 모델 변경: %2</translation>
    </message>
</context>
<context>
    <name>gpuplan::AllocateTool</name>
    <message>
        <location filename="../../ui/tools/AllocateTool.cpp" line="199"/>
        <source>Drop the GPUs on a site; nothing changed.</source>
        <translation>GPU를 부지 위에 놓으십시오. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/tools/AllocateTool.cpp" line="233"/>
        <source>%1 %2 GPUs</source>
        <translation>%2 GPU %1개</translation>
    </message>
</context>
<context>
    <name>gpuplan::BackgroundWork</name>
    <message>
        <location filename="../../ui/BackgroundWork.cpp" line="24"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>gpuplan::BranchLoadingChart</name>
    <message>
        <location filename="../../ui/panels/BranchLoadingChart.cpp" line="114"/>
        <source>Most loaded branches under N-1</source>
        <translation>N-1 기준 부하율 상위 선로</translation>
    </message>
    <message>
        <location filename="../../ui/panels/BranchLoadingChart.cpp" line="116"/>
        <source>Below 70%</source>
        <translation>70% 미만</translation>
    </message>
    <message>
        <location filename="../../ui/panels/BranchLoadingChart.cpp" line="116"/>
        <source>70–100%</source>
        <translation>70–100%</translation>
    </message>
    <message>
        <location filename="../../ui/panels/BranchLoadingChart.cpp" line="116"/>
        <source>Over 100%</source>
        <translation>100% 초과</translation>
    </message>
    <message>
        <location filename="../../ui/panels/BranchLoadingChart.cpp" line="119"/>
        <source>Rating</source>
        <translation>정격용량</translation>
    </message>
</context>
<context>
    <name>gpuplan::BriefingExport</name>
    <message>
        <location filename="../../ui/BriefingExport.cpp" line="48"/>
        <source>The Korean translation could not be loaded.</source>
        <translation>한국어 번역을 불러올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>gpuplan::ChartsPanel</name>
    <message>
        <location filename="../../ui/panels/ChartsPanel.cpp" line="52"/>
        <source>Quota</source>
        <translation>할당량</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ChartsPanel.cpp" line="53"/>
        <source>Site power</source>
        <translation>부지별 전력</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ChartsPanel.cpp" line="54"/>
        <source>Grid N-1</source>
        <translation>계통 N-1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ChartsPanel.cpp" line="55"/>
        <source>By year</source>
        <translation>연도별</translation>
    </message>
</context>
<context>
    <name>gpuplan::FileActions</name>
    <message>
        <location filename="../../ui/FileActions.cpp" line="36"/>
        <source>gpuplan</source>
        <translation>gpuplan</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="55"/>
        <source>Open scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="63"/>
        <source>Opening %1</source>
        <translation>%1 여는 중</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="94"/>
        <source>Save scenario as</source>
        <translation>시나리오를 다른 이름으로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="105"/>
        <source>Saved %1</source>
        <translation>%1 저장 완료</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="112"/>
        <source>Import grid (MATPOWER case)</source>
        <translation>계통 가져오기 (MATPOWER 케이스)</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="112"/>
        <source>MATPOWER case (*.m)</source>
        <translation>MATPOWER 케이스 (*.m)</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="116"/>
        <source>Bus coordinates (optional: bus_i,lon,lat)</source>
        <translation>모선 좌표 (선택: bus_i,lon,lat)</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="116"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="123"/>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="131"/>
        <source>Import grid %1</source>
        <translation>계통 가져오기: %1</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="132"/>
        <source>Imported the grid of %1</source>
        <translation>%1 계통 가져오기 완료</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="141"/>
        <source>Recover unsaved plan</source>
        <translation>저장되지 않은 계획 복구</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="142"/>
        <source>gpuplan did not close normally. Recover the plan it saved automatically?</source>
        <translation>gpuplan이 정상적으로 종료되지 않았습니다. 자동 저장된 계획을 복구하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="167"/>
        <source>Recovered the autosaved plan</source>
        <translation>자동 저장된 계획 복구 완료</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="176"/>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../ui/FileActions.cpp" line="176"/>
        <source>The plan has unsaved changes. Save them?</source>
        <translation>계획에 저장되지 않은 변경 사항이 있습니다. 저장하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>gpuplan::GpuBlockDialog</name>
    <message>
        <location filename="../../ui/tools/GpuBlockDialog.cpp" line="21"/>
        <source>GPUs to move</source>
        <translation>이동할 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/tools/GpuBlockDialog.cpp" line="30"/>
        <source>Any model</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <location filename="../../ui/tools/GpuBlockDialog.cpp" line="39"/>
        <source>GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <location filename="../../ui/tools/GpuBlockDialog.cpp" line="40"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>gpuplan::LayerPanel</name>
    <message>
        <location filename="../../ui/map/LayerPanel.cpp" line="27"/>
        <source>Add vector layer…</source>
        <translation>벡터 레이어 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/map/LayerPanel.cpp" line="76"/>
        <source>Add vector layer</source>
        <translation>벡터 레이어 추가</translation>
    </message>
    <message>
        <location filename="../../ui/map/LayerPanel.cpp" line="77"/>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.gml *.csv);;All files (*)</source>
        <translation>벡터 파일 (*.gpkg *.shp *.geojson *.json *.kml *.gml *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/map/LayerPanel.cpp" line="87"/>
        <source>Cannot add layer</source>
        <translation>레이어를 추가할 수 없음</translation>
    </message>
</context>
<context>
    <name>gpuplan::LimitGauge</name>
    <message>
        <location filename="../../ui/panels/LimitGauge.cpp" line="43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>gpuplan::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="114"/>
        <source>GPU pools</source>
        <translation>GPU 미배치 물량</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="122"/>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="124"/>
        <source>Site</source>
        <translation>부지</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="126"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="128"/>
        <source>Violations</source>
        <translation>위반 사항</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="132"/>
        <source>Script console</source>
        <translation>스크립트 콘솔</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="143"/>
        <source>Planning year</source>
        <translation>계획 연도</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="165"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="166"/>
        <source>&amp;New from national scenario</source>
        <translation>국가 시나리오에서 새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="173"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Import grid (MATPOWER)…</source>
        <translation>계통 가져오기(MATPOWER)(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Export briefing…</source>
        <translation>브리핑 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="184"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="190"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Fit Korea</source>
        <translation>한국 전체 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="208"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Hosting capacity of every bus</source>
        <translation>모든 모선의 수용 가능 용량 계산(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264"/>
        <source>Engine %1 ms</source>
        <translation>엔진 %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="281"/>
        <source>No basemap: %1</source>
        <translation>배경지도 없음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="286"/>
        <source>No city labels: %1</source>
        <translation>도시 라벨 없음: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="309"/>
        <source>Hosting capacity of every bus</source>
        <translation>모든 모선의 수용 가능 용량 계산</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="320"/>
        <location filename="../../ui/MainWindow.cpp" line="327"/>
        <source>Export briefing</source>
        <translation>브리핑 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="320"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="325"/>
        <source>Briefing written to %1</source>
        <translation>브리핑 저장: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="346"/>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="348"/>
        <source>%1 [*] — %2 — gpuplan</source>
        <translation>%1 [*] — %2 — gpuplan</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="351"/>
        <source>Planning year %1 </source>
        <translation>계획 연도 %1 </translation>
    </message>
</context>
<context>
    <name>gpuplan::MapLayers</name>
    <message>
        <location filename="../../ui/map/MapLayers.cpp" line="31"/>
        <source>Basemap</source>
        <translation>배경지도</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLayers.cpp" line="33"/>
        <source>Transmission lines</source>
        <translation>송전선로</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLayers.cpp" line="34"/>
        <source>Substations</source>
        <translation>변전소</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLayers.cpp" line="36"/>
        <source>Power plants</source>
        <translation>발전소</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLayers.cpp" line="38"/>
        <source>Water sources</source>
        <translation>용수원</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLayers.cpp" line="39"/>
        <source>Sites</source>
        <translation>부지</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLayers.cpp" line="40"/>
        <source>Labels</source>
        <translation>라벨</translation>
    </message>
</context>
<context>
    <name>gpuplan::MapLegend</name>
    <message>
        <location filename="../../ui/map/MapLegend.cpp" line="118"/>
        <source>Line loading, worst N-1</source>
        <translation>선로 부하율 (N-1 최대)</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLegend.cpp" line="128"/>
        <source>Not in service</source>
        <translation>미운영</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLegend.cpp" line="129"/>
        <source>HVDC link</source>
        <translation>HVDC 선로</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLegend.cpp" line="130"/>
        <source>765 / 345 / 154 kV</source>
        <translation>765 / 345 / 154 kV</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLegend.cpp" line="131"/>
        <source>Water source</source>
        <translation>용수원</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLegend.cpp" line="136"/>
        <source>Site status (pie: GPUs by organisation)</source>
        <translation>부지 상태 (원형: 기관별 GPU)</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapLegend.cpp" line="148"/>
        <source>Power plants</source>
        <translation>발전소</translation>
    </message>
</context>
<context>
    <name>gpuplan::MapTexts</name>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="50"/>
        <source>GPUs: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="62"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="67"/>
        <source>Facility: %1 MW of %2 MW limit</source>
        <translation>시설 전력: %1 MW / 한도 %2 MW</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="70"/>
        <source>Connection limit: %1 MW</source>
        <translation>접속 한도: %1 MW</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="90"/>
        <source>%1 kV, rating %2 MVA</source>
        <translation>%1 kV, 정격용량 %2 MVA</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="95"/>
        <source>Worst N-1 loading: not computed</source>
        <translation>N-1 최대 부하율: 미계산</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="96"/>
        <source>Worst N-1 loading: %1 %</source>
        <translation>N-1 최대 부하율: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="98"/>
        <source>Out of service</source>
        <translation>운영 중지</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="100"/>
        <source>Not built in %1 (in service from %2)</source>
        <translation>%1년 기준 미준공 (%2년부터 운영)</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="109"/>
        <source>HVDC %1</source>
        <translation>HVDC %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="110"/>
        <source>Transfer %1 MW (max %2 MW)</source>
        <translation>송전량 %1 MW (최대 %2 MW)</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="112"/>
        <source>Not in service in %1</source>
        <translation>%1년 미운영</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="113"/>
        <source>HVDC link</source>
        <translation>HVDC 선로</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="119"/>
        <source>%1 kV, load %2 MW</source>
        <translation>%1 kV, 부하 %2 MW</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="122"/>
        <source>Hosting capacity: %1 MW</source>
        <translation>수용 가능 용량: %1 MW</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="132"/>
        <source>%1 MW (max %2 MW)</source>
        <translation>%1 MW (최대 %2 MW)</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="133"/>
        <source>Bus: %1</source>
        <translation>모선: %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="139"/>
        <source>Available: %1 m³/day</source>
        <translation>공급 가능량: %1 m³/일</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="141"/>
        <source>Basin: %1</source>
        <translation>유역: %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="149"/>
        <source>Feasible</source>
        <translation>가능</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="151"/>
        <source>At risk</source>
        <translation>주의</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="153"/>
        <source>Infeasible</source>
        <translation>불가</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="157"/>
        <source>Not evaluated</source>
        <translation>미평가</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="164"/>
        <source>Nuclear</source>
        <translation>원자력</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="166"/>
        <source>Coal</source>
        <translation>석탄</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="168"/>
        <source>LNG</source>
        <translation>LNG</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="170"/>
        <source>Hydro / pumped</source>
        <translation>수력 / 양수</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="172"/>
        <source>Solar</source>
        <translation>태양광</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="174"/>
        <source>Wind</source>
        <translation>풍력</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="178"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="184"/>
        <source>Pumped hydro</source>
        <translation>양수</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="186"/>
        <source>Oil</source>
        <translation>유류</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="194"/>
        <source>Below 70 %</source>
        <translation>70% 미만</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="196"/>
        <source>70–100 %</source>
        <translation>70–100%</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="198"/>
        <source>Above 100 %</source>
        <translation>100% 초과</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapTexts.cpp" line="202"/>
        <source>Not computed</source>
        <translation>미계산</translation>
    </message>
</context>
<context>
    <name>gpuplan::NationalTiles</name>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="74"/>
        <source>GPUs placed</source>
        <translation>배치된 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="75"/>
        <source>Facility power</source>
        <translation>시설 전력</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="76"/>
        <source>Water</source>
        <translation>용수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="77"/>
        <source>Infeasible sites</source>
        <translation>불가 부지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="79"/>
        <source>Worst N-1 loading (overloads: %1)</source>
        <translation>N-1 최대 부하율 (과부하: %1건)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="80"/>
        <source>Worst N-1 loading</source>
        <translation>N-1 최대 부하율</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="83"/>
        <location filename="../../ui/panels/NationalTiles.cpp" line="136"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="104"/>
        <source>of %1 in the programme</source>
        <translation>사업 총량 %1 중</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="111"/>
        <source>IT %1</source>
        <translation>IT 부하 %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="119"/>
        <source>sources over what they can give: %1</source>
        <translation>공급 가능량 초과 용수원: %1곳</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="120"/>
        <source>within what every source can give</source>
        <translation>모든 용수원 공급 가능량 이내</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="128"/>
        <source>at risk: %1</source>
        <translation>주의: %1곳</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="137"/>
        <source>grid not studied: %1</source>
        <translation>계통 미해석: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="145"/>
        <source>%1
with all lines in service</source>
        <translation>%1
전 선로 운전 시</translation>
    </message>
    <message>
        <location filename="../../ui/panels/NationalTiles.cpp" line="146"/>
        <source>%1
when %2 is out</source>
        <translation>%1
%2 고장 시</translation>
    </message>
</context>
<context>
    <name>gpuplan::OrganisationPools</name>
    <message>
        <location filename="../../ui/panels/OrganisationPools.cpp" line="166"/>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../../ui/panels/OrganisationPools.cpp" line="166"/>
        <source>Left</source>
        <translation>잔여</translation>
    </message>
    <message>
        <location filename="../../ui/panels/OrganisationPools.cpp" line="166"/>
        <source>Quota</source>
        <translation>할당량</translation>
    </message>
    <message>
        <location filename="../../ui/panels/OrganisationPools.cpp" line="167"/>
        <source>GPU model placed by a drag from the pool</source>
        <translation>미배치 물량에서 끌어다 배치할 GPU 모델</translation>
    </message>
</context>
<context>
    <name>gpuplan::PanelFormat</name>
    <message>
        <location filename="../../ui/panels/PanelFormat.cpp" line="26"/>
        <location filename="../../ui/panels/PanelFormat.cpp" line="43"/>
        <source>unlimited</source>
        <translation>무제한</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PanelFormat.cpp" line="27"/>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PanelFormat.cpp" line="32"/>
        <source>%1 m³/day</source>
        <translation>%1 m³/일</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PanelFormat.cpp" line="37"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PanelFormat.cpp" line="44"/>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PanelFormat.cpp" line="66"/>
        <source>Feasible</source>
        <translation>가능</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PanelFormat.cpp" line="68"/>
        <source>At risk</source>
        <translation>주의</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PanelFormat.cpp" line="70"/>
        <source>Infeasible</source>
        <translation>불가</translation>
    </message>
</context>
<context>
    <name>gpuplan::QuotaChart</name>
    <message>
        <location filename="../../ui/panels/QuotaChart.cpp" line="68"/>
        <source>GPUs placed against quota</source>
        <translation>할당량 대비 배치된 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QuotaChart.cpp" line="70"/>
        <source>GPUs (grey: still to place)</source>
        <translation>GPU (회색: 미배치)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QuotaChart.cpp" line="130"/>
        <source>Still to place</source>
        <translation>미배치</translation>
    </message>
</context>
<context>
    <name>gpuplan::ReasonText</name>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="32"/>
        <source>%1 GPUs placed for %2 but the site is energised in %3</source>
        <translation>%2년에 GPU %1개 배치, 부지 전력 공급 개시는 %3년</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="37"/>
        <source>%1 GPUs of %2 need liquid cooling</source>
        <translation>%2 GPU %1개는 수랭 필요</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="40"/>
        <source>bus %1 is not in the grid</source>
        <translation>계통에 없는 모선: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="49"/>
        <source>%1 %2 with all lines in service</source>
        <translation>%1 %2 (전 선로 운전 시)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="51"/>
        <source>%1 %2 when %3 is out</source>
        <translation>%1 %2 (%3 고장 시)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="60"/>
        <source>facility %1 over the connection limit of %2</source>
        <translation>시설 전력 %1, 접속 한도 %2 초과</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="61"/>
        <source>facility %1 within %2 of the connection limit of %3</source>
        <translation>시설 전력 %1, 접속 한도 %3에 근접 (여유 %2 이내)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="70"/>
        <source>IT %1 over the land and building limit of %2</source>
        <translation>IT 부하 %1, 부지·건물 한도 %2 초과</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="71"/>
        <source>IT %1 within %2 of the land and building limit of %3</source>
        <translation>IT 부하 %1, 부지·건물 한도 %3에 근접 (여유 %2 이내)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="81"/>
        <source>datacentres at %1 draw %2, over its hosting capacity of %3</source>
        <translation>%1 모선의 데이터센터 전력 %2, 수용 가능 용량 %3 초과</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="84"/>
        <source>datacentres at %1 draw %2, within %3 of its hosting capacity of %4</source>
        <translation>%1 모선의 데이터센터 전력 %2, 수용 가능 용량 %4에 근접 (여유 %3 이내)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="95"/>
        <source>water %1 over the %2 available at %3</source>
        <translation>용수 %1, %3 공급 가능량 %2 초과</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="96"/>
        <source>water %1 within %2 of the %3 available at %4</source>
        <translation>용수 %1, %4 공급 가능량 %3에 근접 (여유 %2 이내)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="105"/>
        <source> (limited by %1)</source>
        <translation> (제약 선로: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReasonText.cpp" line="106"/>
        <source> (limited by %1 when %2 is out)</source>
        <translation> (제약 선로: %1, %2 고장 시)</translation>
    </message>
</context>
<context>
    <name>gpuplan::ScriptConsole</name>
    <message>
        <location filename="../../ui/script/ScriptConsole.cpp" line="47"/>
        <source>JavaScript, e.g. plan.evaluate().totals — Up/Down: history</source>
        <translation>JavaScript 입력 (예: plan.evaluate().totals) — 위/아래 화살표: 이전 입력</translation>
    </message>
</context>
<context>
    <name>gpuplan::SiteInspector</name>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="88"/>
        <source>Select a site on the map to inspect it</source>
        <translation>지도에서 부지를 선택하면 상세 정보가 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="89"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="90"/>
        <source>Cooling</source>
        <translation>냉각 방식</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="92"/>
        <source>Air</source>
        <translation>공랭</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="94"/>
        <source>Hybrid (air and liquid)</source>
        <translation>하이브리드 (공랭+수랭)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="95"/>
        <source>Liquid</source>
        <translation>수랭</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="96"/>
        <source>GPUs by organisation and model</source>
        <translation>기관·모델별 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="97"/>
        <source>All datacentres at the site&apos;s bus against its hosting capacity</source>
        <translation>이 부지 모선의 전체 데이터센터 전력 (수용 가능 용량 대비)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="99"/>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="91"/>
        <location filename="../../ui/panels/SiteInspector.cpp" line="99"/>
        <source>GPU model</source>
        <translation>GPU 모델</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="99"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="99"/>
        <source>GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="248"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="250"/>
        <source>Not evaluated</source>
        <translation>미평가</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="265"/>
        <source>%1 GPUs · IT %2 · facility %3</source>
        <translation>GPU %1개 · IT %2 · 시설 %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="273"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="274"/>
        <source>Connection</source>
        <translation>접속 한도</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="275"/>
        <source>Bus hosting</source>
        <translation>모선 수용 용량</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="276"/>
        <source>Space (IT)</source>
        <translation>공간 (IT)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="279"/>
        <location filename="../../ui/panels/SiteInspector.cpp" line="309"/>
        <source>not evaluated</source>
        <translation>미평가</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="294"/>
        <source>Water</source>
        <translation>용수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="295"/>
        <source>no shared water source</source>
        <translation>공유 용수원 없음</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="299"/>
        <source>Water (%1)</source>
        <translation>용수 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="304"/>
        <source>m³/day</source>
        <translation>m³/일</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="329"/>
        <source>Energised %1 · no GPUs placed</source>
        <translation>%1년 전력 공급 개시 · 배치된 GPU 없음</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="330"/>
        <source>Energised %1 · GPUs placed for %2</source>
        <translation>%1년 전력 공급 개시 · GPU 배치 연도: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteInspector.cpp" line="330"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>gpuplan::SiteMwChart</name>
    <message>
        <location filename="../../ui/panels/SiteMwChart.cpp" line="97"/>
        <source>Facility MW against connection limit</source>
        <translation>접속 한도 대비 시설 전력 (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteMwChart.cpp" line="99"/>
        <source>Facility MW within the limit</source>
        <translation>한도 이내 시설 전력 (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteMwChart.cpp" line="99"/>
        <source>Over the limit</source>
        <translation>한도 초과</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteMwChart.cpp" line="100"/>
        <source>Headroom to the limit</source>
        <translation>한도까지 여유</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteMwChart.cpp" line="117"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/SiteMwChart.cpp" line="118"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
</context>
<context>
    <name>gpuplan::ViolationsList</name>
    <message>
        <location filename="../../ui/panels/ViolationsList.cpp" line="99"/>
        <source>Waiting for the first evaluation</source>
        <translation>첫 평가 대기 중</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ViolationsList.cpp" line="101"/>
        <source>No site violations; the grid was not studied: %1</source>
        <translation>부지 위반 없음. 계통 미해석: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ViolationsList.cpp" line="104"/>
        <source>No violations: every site fits and no branch is over its rating under N-1</source>
        <translation>위반 없음: 모든 부지 수용 가능, N-1 시 정격용량 초과 선로 없음</translation>
    </message>
</context>
<context>
    <name>gpuplan::ViolationsModel</name>
    <message>
        <location filename="../../ui/panels/ViolationsModel.cpp" line="97"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ViolationsModel.cpp" line="97"/>
        <source>Where and why</source>
        <translation>위치 및 원인</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ViolationsModel.cpp" line="103"/>
        <source>Site infeasible</source>
        <translation>부지 불가</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ViolationsModel.cpp" line="104"/>
        <source>Overload</source>
        <translation>과부하</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ViolationsModel.cpp" line="104"/>
        <source>N-1 overload</source>
        <translation>N-1 과부하</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ViolationsModel.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ViolationsModel.cpp" line="116"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>gpuplan::YearlyMwChart</name>
    <message>
        <location filename="../../ui/panels/YearlyMwChart.cpp" line="93"/>
        <source>National facility MW by year</source>
        <translation>연도별 전국 시설 전력 (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/YearlyMwChart.cpp" line="95"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
</context>
</TS>
