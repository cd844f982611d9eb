package maxwell.ui.editor;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;

import maxwell.model.Experiment;

/**
 * Everything in the experiment as a tree, with the selected object's values in a table beside
 * it that edits in place: the one page that shows every feature, whatever the forms leave out.
 */
final class TreePage extends SpecFormPage {

    static final String ID = "maxwell.ui.editor.tree";

    private TreeViewer tree;
    private TableViewer properties;

    /** One row of the values table: a feature of the selected object. */
    record Property(EObject owner, EStructuralFeature feature) {
    }

    TreePage(ExperimentEditor editor) {
        super(editor, ID, "Tree");
    }

    @Override
    protected int columns() {
        return 1;
    }

    TreeViewer tree() {
        return tree;
    }

    @Override
    protected void fill(Composite body, Experiment experiment) {
        ExperimentDocument document = experimentEditor().document();
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.heightHint = 480;
        sash.setLayoutData(layout);
        toolkit().adapt(sash);

        Composite treeArea = toolkit().createComposite(sash);
        treeArea.setLayout(new FillLayout());
        Tree treeControl = toolkit().createTree(treeArea, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        tree = new TreeViewer(treeControl);
        tree.setContentProvider(ItemProviders.content(document.adapterFactory()));
        tree.setLabelProvider(ItemProviders.labels(document.adapterFactory()));
        tree.setInput(new Object[] { experiment });
        tree.expandToLevel(2);
        experimentEditor().fields().registerViewer(tree);

        Composite tableArea = toolkit().createComposite(sash);
        org.eclipse.jface.layout.TableColumnLayout columns = new org.eclipse.jface.layout.TableColumnLayout();
        tableArea.setLayout(columns);
        Table table = toolkit().createTable(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        properties = new TableViewer(table);
        properties.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn name = new TableViewerColumn(properties, SWT.LEFT);
        name.getColumn().setText("Property");
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> ((Property) row).feature().getName()));
        columns.setColumnData(name.getColumn(), new ColumnWeightData(35, 120));
        TableViewerColumn value = new TableViewerColumn(properties, SWT.LEFT);
        value.getColumn().setText("Value");
        value.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> display((Property) row)));
        value.setEditingSupport(new ValueEditing(properties, document));
        columns.setColumnData(value.getColumn(), new ColumnWeightData(65, 160));
        experimentEditor().fields().registerViewer(properties);
        sash.setWeights(40, 60);

        tree.addSelectionChangedListener(event -> {
            Object selected = tree.getStructuredSelection().getFirstElement();
            properties.setInput(selected instanceof EObject object ? rows(object) : List.of());
        });
        tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(experiment));
    }

    private static List<Property> rows(EObject object) {
        return object.eClass().getEAllStructuralFeatures().stream()
                .filter(feature -> !(feature instanceof EReference reference && reference.isContainment()))
                .filter(feature -> !feature.isDerived() && !feature.isTransient())
                .map(feature -> new Property(object, feature)).toList();
    }

    static String display(Property row) {
        Object value = row.owner().eGet(row.feature());
        if (value instanceof Enumerator literal) {
            return TextFormats.words(literal.getName());
        }
        if (value instanceof EObject object) {
            EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
            return nameFeature == null ? object.eClass().getName() : String.valueOf(object.eGet(nameFeature));
        }
        return TextFormats.supports(row.feature()) ? TextFormats.of(row.feature()).format(value) : String.valueOf(value);
    }

    /** Edits a value in place through the command stack: text for numbers and words, a list for choices. */
    private static final class ValueEditing extends EditingSupport {
        private final TableViewer viewer;
        private final ExperimentDocument document;

        ValueEditing(TableViewer viewer, ExperimentDocument document) {
            super(viewer);
            this.viewer = viewer;
            this.document = document;
        }

        @Override
        protected boolean canEdit(Object element) {
            EStructuralFeature feature = ((Property) element).feature();
            return feature.isChangeable() && (TextFormats.supports(feature)
                    || feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            EStructuralFeature feature = ((Property) element).feature();
            if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum type) {
                ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
                editor.setContentProvider(ArrayContentProvider.getInstance());
                editor.setLabelProvider(LabelProvider.createTextProvider(value -> TextFormats.words(((Enumerator) value).getName())));
                editor.setInput(type.getELiterals().stream().map(EEnumLiteral::getInstance).toList());
                return editor;
            }
            TextCellEditor editor = new TextCellEditor(viewer.getTable());
            editor.setValidator(value -> TextFormats.of(feature).problemWith((String) value));
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            Property row = (Property) element;
            Object value = row.owner().eGet(row.feature());
            return value instanceof Enumerator ? value : TextFormats.of(row.feature()).format(value);
        }

        @Override
        protected void setValue(Object element, Object value) {
            Property row = (Property) element;
            Object modelValue = value;
            if (value instanceof String text) {
                TextFormats format = TextFormats.of(row.feature());
                if (format.problemWith(text) != null) {
                    return;
                }
                modelValue = format.parse(text);
            }
            if (modelValue == null || modelValue.equals(row.owner().eGet(row.feature()))) {
                return;
            }
            document.commandStack().execute(new org.eclipse.emf.common.command.CommandWrapper(
                    CommandValueProperty.labelOf(row.feature()), null,
                    SetCommand.create(document.domain(), row.owner(), row.feature(), modelValue)));
        }
    }
}
